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

/** Item analysis of one quiz in a cohort, for the same staff as the gradebook. */
@Path("cohorts/{cohortId}/quizzes/{quizId}/item-analysis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grades", description = "Gradebooks, their exports and item analysis, for staff")
public class ItemAnalysisResource {

    @Inject
    ItemAnalysisService analyses;

    @GET
    @Operation(summary = "Facility, discrimination (corrected point-biserial), choice counts per option and flags per item,"
            + " and Cronbach's alpha (KR-20 for 0/1 items), from the cohort's submitted attempts; flags once an item"
            + " was in 30 attempts")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or quiz of its course, or not a cohort you instruct or administer")
    public ItemAnalysis analyse(@PathParam("cohortId") String cohortId, @PathParam("quizId") String quizId) {
        return analyses.analyse(cohortId, quizId);
    }
}
