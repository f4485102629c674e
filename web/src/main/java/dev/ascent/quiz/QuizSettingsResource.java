package dev.ascent.quiz;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cohort's quiz settings, for its instructors and its provider's admins. */
@Path("cohorts/{cohortId}/quizzes/{unitId}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quiz settings", description = "Per-cohort overrides of the content's quiz settings")
public class QuizSettingsResource {

    @Inject
    QuizSettingsService settings;

    @GET
    @Operation(summary = "The content's defaults, the cohort's override and the effective settings")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or unit, or not a cohort you instruct or administer")
    public QuizSettingsService.SettingsView get(@PathParam("cohortId") String cohortId,
                                                @Parameter(description = "unit key (e.g. u2) or quiz id")
                                                @PathParam("unitId") String unitId) {
        return settings.get(cohortId, unitId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the cohort's override; a field left out or null keeps the default")
    @APIResponse(responseCode = "400", description = "validation, invalid-settings")
    public QuizSettingsService.SettingsView put(@PathParam("cohortId") String cohortId,
                                                @PathParam("unitId") String unitId, SettingsOverride override) {
        return settings.put(cohortId, unitId, override);
    }

    @DELETE
    @Operation(summary = "Remove the cohort's override: back to the content's defaults")
    public QuizSettingsService.SettingsView reset(@PathParam("cohortId") String cohortId,
                                                  @PathParam("unitId") String unitId) {
        return settings.reset(cohortId, unitId);
    }
}
