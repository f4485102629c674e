package dev.ascent.attempt;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Re-grading a cohort's submitted attempts of one item after a course version corrected its key. */
@Path("cohorts/{cohortId}/quizzes/{unitKey}/regrades")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "re-grades", description = "Re-grade after a key correction: dry run, apply, audit")
public class RegradeResource {

    /**
     * @param itemKey          the item's key (the same in every course version)
     * @param correctedVersion the course version whose definition of the item is right
     * @param reason           why (required to apply; kept in the audit)
     */
    public record RegradeRequest(String itemKey, Integer correctedVersion, String reason) {
    }

    @Inject
    RegradeService regrades;

    @GET
    @Operation(summary = "The audit of re-grades of the cohort's attempts at the unit's quiz, newest first")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or unit, or not a cohort you instruct or administer")
    public List<RegradeService.AuditEntry> audit(@PathParam("cohortId") String cohortId,
                                                 @Parameter(description = "unit key (e.g. u2)")
                                                 @PathParam("unitKey") String unitKey) {
        return regrades.audit(cohortId, unitKey);
    }

    @POST
    @Path("dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What re-grading the item against the corrected version would change (attempts and grades, old → new); writes nothing")
    @APIResponse(responseCode = "400", description = "validation, item-not-comparable (more than the key changed)")
    @APIResponse(responseCode = "404", description = "no such version or item")
    public RegradeService.Plan dryRun(@PathParam("cohortId") String cohortId, @PathParam("unitKey") String unitKey,
                                      RegradeRequest request) {
        return regrades.dryRun(cohortId, unitKey, request == null ? null : request.itemKey(),
                request == null ? null : request.correctedVersion());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-grade the item against the corrected version; every change is audited; answers what changed, as the dry run did")
    @APIResponse(responseCode = "400", description = "validation (e.g. no reason), item-not-comparable")
    @APIResponse(responseCode = "404", description = "no such version or item")
    public RegradeService.Plan apply(@PathParam("cohortId") String cohortId, @PathParam("unitKey") String unitKey,
                                     RegradeRequest request) {
        return regrades.apply(cohortId, unitKey, request == null ? null : request.itemKey(),
                request == null ? null : request.correctedVersion(), request == null ? null : request.reason());
    }
}
