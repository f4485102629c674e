package dev.ascent.quiz;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per-learner accommodations at a cohort's quiz, for its instructors and its provider's admins. */
@Path("cohorts/{cohortId}/quizzes/{quizId}/accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accommodations", description = "One learner's extra attempts, longer time limit or later close date at a quiz")
public class AccommodationResource {

    @Inject
    AccommodationService accommodations;

    @GET
    @Operation(summary = "The quiz's accommodations in the cohort, the cohort's settings and the change log (newest first)")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or unit, or not a cohort you instruct or administer")
    public AccommodationService.AccommodationsView list(@PathParam("cohortId") String cohortId,
                                                         @Parameter(description = "unit key (e.g. u2) or quiz id")
                                                         @PathParam("quizId") String quizId) {
        return accommodations.list(cohortId, quizId);
    }

    @PUT
    @Path("{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a learner of the cohort an accommodation (replacing theirs); reason required",
            description = "extraAttempts add to a limited number of attempts; the time limit is multiplied by"
                    + " timeMultiplier (1 to 10, rounded up to whole minutes), then extraMinutes are added; closesAt"
                    + " is a later close date for this learner (never earlier than the cohort's)")
    @APIResponse(responseCode = "400", description = "validation (e.g. no reason), empty-accommodation")
    @APIResponse(responseCode = "404", description = "the cohort, unit or learner of the cohort is not found")
    public AccommodationService.AccommodationView put(@PathParam("cohortId") String cohortId,
                                                      @PathParam("quizId") String quizId,
                                                      @PathParam("personId") String personId,
                                                      Accommodation accommodation) {
        return accommodations.put(cohortId, quizId, personId, accommodation);
    }

    @DELETE
    @Path("{personId}")
    @Operation(summary = "Remove a learner's accommodation (if any); reason required; answers the remaining list")
    @APIResponse(responseCode = "400", description = "validation (no reason)")
    public AccommodationService.AccommodationsView remove(@PathParam("cohortId") String cohortId, @PathParam("quizId") String quizId,
                       @PathParam("personId") String personId,
                       @Parameter(description = "why it is removed (required)") @QueryParam("reason") String reason) {
        return accommodations.remove(cohortId, quizId, personId, reason);
    }
}
