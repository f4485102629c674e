package dev.ascent.grade;

import dev.ascent.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cohort's gradebook, for its instructors, its provider's admins and platform admins. */
@Path("cohorts/{cohortId}/gradebook")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grades", description = "Gradebooks, their exports and item analysis, for staff")
public class GradebookResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    GradebookService gradebooks;

    @GET
    @Operation(summary = "One page of the gradebook: a row per learner with every unit's grade (by the quiz's grading"
            + " method, whatever the learners' review policy), pass, attempts and an in-progress marker; a summary per unit")
    @APIResponse(responseCode = "400", description = "validation: a bad page, size, status, unit, state or sort")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort, or not one you instruct or administer")
    public Gradebook gradebook(@PathParam("cohortId") String cohortId,
                               @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
                               @Parameter(description = "rows per page, 1 to 200 (default 50)") @QueryParam("size") @DefaultValue("50") int size,
                               @Parameter(description = "enrollment status: INVITED, ACTIVE, COMPLETED, WITHDRAWN") @QueryParam("status") String status,
                               @Parameter(description = "a unit key (with state: the unit the state is about)") @QueryParam("unit") String unit,
                               @Parameter(description = "not_started, in_progress, passed or failed (at the unit, or at any unit)") @QueryParam("state") String state,
                               @Parameter(description = "part of a name, email or external id") @QueryParam("q") String q,
                               @Parameter(description = "name, email, externalId, status, progress, lastActivity, a unit key"
                                       + " (its grade) or a unit key with .attempts; a leading - sorts descending")
                               @QueryParam("sort") String sort) {
        return gradebooks.page(cohortId, new GradebookQuery(page, size, status, unit, state, q, sort));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The whole gradebook as a file, streamed: a row per learner with external id, a grade column per"
            + " unit and the overall result. CSV is RFC 4180 in UTF-8 with a byte order mark; cells starting with"
            + " = + - @ get a leading apostrophe")
    @APIResponse(responseCode = "400", description = "validation: format is neither csv nor xlsx")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort, or not one you instruct or administer")
    public Response export(@PathParam("cohortId") String cohortId,
                           @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        ExportFormat chosen = ExportFormat.named(format);
        if (chosen == null) {
            throw DomainException.invalid("validation", "format must be csv or xlsx");
        }
        gradebooks.columns(cohortId); // not found or forbidden before anything is streamed
        StreamingOutput body = out -> gradebooks.export(cohortId, chosen, out);
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gradebook-" + cohortId.replaceAll("[^A-Za-z0-9-]", "")
                        + "." + chosen.extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
