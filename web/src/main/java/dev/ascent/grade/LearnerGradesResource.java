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
 * A learner's unit grades set by staff (each with a required reason) and the audit trail of every
 * manual change to their grades in the cohort. Errors are problem+json.
 */
@Path("cohorts/{cohortId}/learners/{personId}/grades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "grades", description = "Gradebooks, their exports and item analysis, for staff")
public class LearnerGradesResource {

    @Inject
    OverrideService overrides;

    /** @param percent 0 to 100 */
    public record UnitGrade(Double percent, String reason) {
    }

    @GET
    @Operation(summary = "A learner's unit grades set by staff and the audit trail of every manual change, newest first")
    @APIResponse(responseCode = "200", description = "overrides and audit",
            content = @Content(schema = @Schema(implementation = Overrides.LearnerMarks.class)))
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or learner in it, or not a cohort you instruct or administer")
    public Overrides.LearnerMarks marks(@PathParam("cohortId") String cohortId, @PathParam("personId") String personId) {
        return overrides.marks(cohortId, personId);
    }

    @PUT
    @Path("{unitKey}")
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
    @Path("{unitKey}")
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
