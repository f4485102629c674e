package dev.ascent.grade;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Manual grading for staff: an item's credit, a learner's unit grade and a comment per attempt,
 * each with a required reason and a row in the audit trail. Errors are problem+json.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "grades", description = "Gradebooks, their exports and item analysis, for staff")
public class OverrideResource {

    @Inject
    OverrideService overrides;

    /** @param credit 0 (no credit) to 1 (full credit) */
    public record ItemCredit(Double credit, String reason) {
    }

    /** @param percent 0 to 100 */
    public record UnitGrade(Double percent, String reason) {
    }

    /** @param comment the text the learner reads with the attempt's result; empty removes it */
    public record AttemptCommentBody(String comment, String reason) {
    }

    @PUT
    @Path("attempts/{attemptId}/items/{itemId}/credit")
    @Operation(summary = "Set the credit of one item of a submitted attempt (0 to 1) and re-score the attempt",
            description = "The credit is kept from then on (a re-grade does not recompute it). The item id is the"
                    + " content id, as in the staff view of the attempts.")
    @APIResponse(responseCode = "200", description = "the audit entry of the change",
            content = @Content(schema = @Schema(implementation = Overrides.AuditEntry.class)))
    @APIResponse(responseCode = "400", description = "validation: credit missing or outside 0–1, reason missing (field errors)")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such attempt or item, or not in a cohort you instruct or administer")
    @APIResponse(responseCode = "409", description = "attempt-open: not submitted yet; unanswered: nothing to credit")
    public Overrides.AuditEntry credit(@PathParam("attemptId") String attemptId, @PathParam("itemId") String itemId,
                                       ItemCredit body) {
        return overrides.setItemCredit(attemptId, itemId, body == null ? null : body.credit(),
                body == null ? null : body.reason());
    }

    @PUT
    @Path("attempts/{attemptId}/comment")
    @Operation(summary = "Set the comment to the learner on an attempt (an empty comment removes it)",
            description = "The learner reads it with the attempt's result and in My learning, whatever the review policy.")
    @APIResponse(responseCode = "200", description = "the audit entry of the change",
            content = @Content(schema = @Schema(implementation = Overrides.AuditEntry.class)))
    @APIResponse(responseCode = "400", description = "validation: comment missing or too long, reason missing")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such attempt, or not in a cohort you instruct or administer")
    public Overrides.AuditEntry comment(@PathParam("attemptId") String attemptId, AttemptCommentBody body) {
        return overrides.setComment(attemptId, body == null ? null : body.comment(), body == null ? null : body.reason());
    }

    @GET
    @Path("cohorts/{cohortId}/learners/{personId}/grades")
    @Operation(summary = "A learner's unit grades set by staff and the audit trail of every manual change, newest first")
    @APIResponse(responseCode = "200", description = "overrides and audit",
            content = @Content(schema = @Schema(implementation = Overrides.LearnerMarks.class)))
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or learner in it, or not a cohort you instruct or administer")
    public Overrides.LearnerMarks marks(@PathParam("cohortId") String cohortId, @PathParam("personId") String personId) {
        return overrides.marks(cohortId, personId);
    }

    @PUT
    @Path("cohorts/{cohortId}/learners/{personId}/grades/{unitKey}")
    @Operation(summary = "Set a learner's unit grade (percent): it wins over the grade the attempts make until removed;"
            + " later attempts and re-grades do not change it")
    @APIResponse(responseCode = "200", description = "the audit entry (old: the grade before, set or computed)",
            content = @Content(schema = @Schema(implementation = Overrides.AuditEntry.class)))
    @APIResponse(responseCode = "400", description = "validation: percent missing or outside 0–100, reason missing")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort, learner in it or unit with a quiz")
    public Overrides.AuditEntry setUnitGrade(@PathParam("cohortId") String cohortId, @PathParam("personId") String personId,
                                             @PathParam("unitKey") String unitKey, UnitGrade body) {
        return overrides.setUnitGrade(cohortId, personId, unitKey, body == null ? null : body.percent(),
                body == null ? null : body.reason());
    }

    @DELETE
    @Path("cohorts/{cohortId}/learners/{personId}/grades/{unitKey}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove a learner's unit grade set by staff: the grade the attempts make applies again")
    @APIResponse(responseCode = "200", description = "removed; the audit entry (new: the computed grade restored)",
            content = @Content(schema = @Schema(implementation = Overrides.AuditEntry.class)))
    @APIResponse(responseCode = "204", description = "there was no unit grade set by staff: nothing changed")
    @APIResponse(responseCode = "400", description = "validation: reason missing")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort, learner in it or unit with a quiz")
    public Response removeUnitGrade(@PathParam("cohortId") String cohortId, @PathParam("personId") String personId,
                                    @PathParam("unitKey") String unitKey,
                                    @Parameter(description = "why (required)") @QueryParam("reason") String reason) {
        return overrides.removeUnitGrade(cohortId, personId, unitKey, reason)
                .map(entry -> Response.ok(entry).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
