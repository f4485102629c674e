package dev.ascent.attempt;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A learner's attempts: start or resume, autosave, submit, history. Errors are problem+json. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attempts", description = "Taking a quiz: the server fixes the draw, keeps the time and grades")
public class AttemptResource {

    @Inject
    AttemptService attempts;
    @Inject
    StaffAttempts staff;

    @POST
    @Path("quizzes/{quizId}/attempts")
    @Operation(summary = "Start an attempt, or resume the open one",
            description = "201 with Location for a new attempt, 200 with Location when an open attempt is resumed. "
                    + "The items carry stems and options only; option and prompt ids are this attempt's own "
                    + "(opaque, different in every attempt): answers name them as given.")
    @APIResponse(responseCode = "201", description = "started",
            content = @Content(schema = @Schema(implementation = AttemptViews.Sheet.class)))
    @APIResponse(responseCode = "200", description = "the open attempt, resumed")
    @APIResponse(responseCode = "400", description = "cohort-required: the learner is in several cohorts for the course")
    @APIResponse(responseCode = "403", description = "not-enrolled: not an ACTIVE learner of a cohort taking the course")
    @APIResponse(responseCode = "409", description = "attempts-exhausted, quiz-not-open, quiz-closed")
    public Response start(@PathParam("quizId") String quizId,
                          @Parameter(description = "the cohort to take the quiz in, needed only when there are several")
                          @QueryParam("cohortId") String cohortId,
                          @Context UriInfo uri) {
        AttemptViews.Started started = attempts.start(quizId, cohortId);
        URI location = uri.getBaseUriBuilder().path("attempts").path(started.sheet().id()).build();
        return (started.created() ? Response.created(location) : Response.ok().location(location))
                .entity(started.sheet()).build();
    }

    @GET
    @Path("quizzes/{quizId}/attempts")
    @Operation(summary = "My attempts at a quiz and the grade (person=me); or, for staff, a learner's attempts with"
            + " every item as the learner saw it (person=<person id>)",
            description = "person=me: the history as the review policy lets the learner see it (History). Another"
                    + " person's id: for the instructors of the learner's cohort, its provider's admins and platform"
                    + " admins, every attempt in the cohorts the caller may see (or in cohortId), each item with the"
                    + " stem, the options in the learner's order, the learner's answer, the correct answer, outcome,"
                    + " credit and the time of the last save, whatever the review policy (StaffReview).")
    @APIResponse(responseCode = "200", description = "History for person=me, StaffReview for a person id",
            content = @Content(schema = @Schema(oneOf = {AttemptViews.History.class, AttemptViews.StaffReview.class})))
    @APIResponse(responseCode = "403", description = "person=me by someone who is not a learner of the course;"
            + " a person id asked by a learner")
    @APIResponse(responseCode = "404", description = "no such quiz; a person with no attempts or enrollment in a cohort"
            + " you instruct or administer")
    public Object history(@PathParam("quizId") String quizId,
                          @Parameter(description = "'me', or a learner's person id (staff)")
                          @QueryParam("person") @DefaultValue("me") String person,
                          @QueryParam("cohortId") String cohortId) {
        if (!"me".equals(person)) {
            return staff.review(quizId, person, cohortId);
        }
        return attempts.history(quizId, cohortId);
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "The attempt with the answers saved so far (resume), or its result once submitted",
            description = "An attempt past its deadline and grace is submitted first, graded with what was saved.")
    @APIResponse(responseCode = "200", description = "the attempt",
            content = @Content(schema = @Schema(implementation = AttemptViews.Sheet.class)))
    @APIResponse(responseCode = "404", description = "no such attempt, or not yours")
    public AttemptViews.Sheet get(@PathParam("attemptId") String attemptId) {
        return attempts.get(attemptId);
    }

    @PUT
    @Path("attempts/{attemptId}/responses/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer",
            description = "Send the revision of this item's answer you last saw as baseRevision (0 at first). "
                    + "Sending the stored answer again changes nothing and succeeds.")
    @APIResponse(responseCode = "200", description = "saved",
            content = @Content(schema = @Schema(implementation = AttemptViews.Saved.class)))
    @APIResponse(responseCode = "400", description = "validation, invalid-answer, malformed-body")
    @APIResponse(responseCode = "403", description = "not-enrolled: no longer a learner of the attempt's cohort")
    @APIResponse(responseCode = "409", description = "stale-save (with currentRevision), attempt-expired, attempt-closed")
    public AttemptViews.Saved save(@PathParam("attemptId") String attemptId, @PathParam("itemId") String itemId,
                                   SaveAnswer body) {
        return attempts.save(attemptId, itemId, body == null ? null : body.answer(),
                body == null ? null : body.baseRevision());
    }

    @POST
    @Path("attempts/{attemptId}/submit")
    @Operation(summary = "Submit and grade; a second submit returns the same result",
            description = "The result shows what the review policy allows now.")
    @APIResponse(responseCode = "200", description = "the result",
            content = @Content(schema = @Schema(implementation = AttemptViews.Result.class)))
    @APIResponse(responseCode = "403", description = "not-enrolled: no longer a learner of the attempt's cohort")
    public AttemptViews.Result submit(@PathParam("attemptId") String attemptId) {
        return attempts.submit(attemptId);
    }
}
