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

/** The responses export of a quiz in a cohort, for the same staff as the gradebook. */
@Path("cohorts/{cohortId}/quizzes/{quizId}/responses/export")
@Tag(name = "grades", description = "Gradebooks, their exports and item analysis, for staff")
public class ResponsesExportResource {

    @Inject
    ResponsesExportService responses;

    @GET
    @Produces({"text/csv", GradebookResource.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Every attempt at the quiz in the cohort as a file, streamed: a row per attempt and drawn item with"
            + " the learner's external id, name and email, attempt number and state, start and submission times, the item,"
            + " the answer in readable form, correct (yes, partly, no), credit and when it was saved. CSV is RFC 4180 in"
            + " UTF-8 with a byte order mark; cells starting with = + - @ get a leading apostrophe")
    @APIResponse(responseCode = "400", description = "validation: format is neither csv nor xlsx")
    @APIResponse(responseCode = "403", description = "a learner")
    @APIResponse(responseCode = "404", description = "no such cohort or quiz of its course, or not a cohort you instruct or administer")
    public Response export(@PathParam("cohortId") String cohortId, @PathParam("quizId") String quizId,
                           @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        ExportFormat chosen = ExportFormat.named(format);
        if (chosen == null) {
            throw DomainException.invalid("validation", "format must be csv or xlsx");
        }
        ResponsesExportService.Target target = responses.target(cohortId, quizId); // 404/403 before streaming
        StreamingOutput body = out -> responses.export(cohortId, quizId, chosen, out);
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"responses-"
                        + target.unitKey().replaceAll("[^A-Za-z0-9-]", "") + "-" + cohortId.replaceAll("[^A-Za-z0-9-]", "")
                        + "." + chosen.extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
