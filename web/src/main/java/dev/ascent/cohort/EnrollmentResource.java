package dev.ascent.cohort;

import dev.ascent.shared.Bodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A cohort's roster: add one learner (JSON), import a CSV file (text/csv), withdraw. */
@Path("/cohorts/{cohortId}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
    static final String TEXT_CSV = "text/csv";

    @Inject
    EnrollmentService enrollments;

    public record NewEnrollment(String email, String name, String externalId) {
    }

    @GET
    public List<EnrollmentView> roster(@PathParam("cohortId") String cohortId) {
        return enrollments.roster(cohortId);
    }

    /** 201 for a new enrollment, 200 when a withdrawn learner is back on the same row. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("cohortId") String cohortId, NewEnrollment request, @Context UriInfo uri) {
        Bodies.required(request, "{\"email\": \"ann@example.org\", \"name\": \"Ann\", \"externalId\": \"S-1\"}");
        EnrollmentService.Added added = enrollments.add(cohortId, request.email(), request.name(), request.externalId());
        return (added.reactivated() ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(added.enrollment().id()).build()))
                .entity(added.enrollment()).build();
    }

    /** The header row names email, name and optionally external_id; ?preview=true writes nothing. */
    @POST
    @Consumes(TEXT_CSV)
    public RosterReport importRoster(@PathParam("cohortId") String cohortId, @QueryParam("preview") boolean preview,
                                     String csv) {
        return enrollments.importRoster(cohortId, csv == null ? "" : csv, preview);
    }

    @GET
    @Path("/{enrollmentId}")
    public EnrollmentView get(@PathParam("cohortId") String cohortId, @PathParam("enrollmentId") String enrollmentId) {
        return enrollments.get(cohortId, enrollmentId);
    }

    @POST
    @Path("/{enrollmentId}/withdraw")
    public EnrollmentView withdraw(@PathParam("cohortId") String cohortId, @PathParam("enrollmentId") String enrollmentId) {
        return enrollments.withdraw(cohortId, enrollmentId);
    }
}
