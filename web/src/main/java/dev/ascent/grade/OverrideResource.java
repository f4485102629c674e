package dev.ascent.grade;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Manual grading of attempts for staff: an item's credit and a comment per attempt, each with a
 * required reason and a row in the audit trail ({@link LearnerGradesResource} has the unit grade
 * and the trail). Errors are problem+json.
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
}
