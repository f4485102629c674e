package dev.ascent.grade;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Item analysis of one unit's quiz across all cohorts of a provider, for its admins and platform admins. */
@Path("providers/{providerId}/courses/{courseId}/units/{unitKey}/item-analysis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grades", description = "Gradebooks, their exports and item analysis, for staff")
public class ProviderItemAnalysisResource {

    @Inject
    ItemAnalysisService analyses;

    @GET
    @Operation(summary = "Item analysis of the unit's quiz from the submitted attempts of all the provider's cohorts, as for"
            + " one cohort (cohortId is absent). Across course versions the quiz is the unit with this key in any version of"
            + " the course (by its slug) and an item is its item key; stems and options are worded as in the newest version"
            + " that has the item")
    @APIResponse(responseCode = "403", description = "a learner or an instructor")
    @APIResponse(responseCode = "404", description = "no such provider, or not one you administer; no such course or unit key")
    public ItemAnalysis analyse(@PathParam("providerId") String providerId, @PathParam("courseId") String courseId,
                                @PathParam("unitKey") String unitKey) {
        return analyses.analyseProvider(providerId, courseId, unitKey);
    }
}
