package dev.ascent.cohort;

import dev.ascent.provider.ProviderResource.PersonRequest;
import dev.ascent.shared.Bodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Cohorts the caller runs (provider admins) or teaches (instructors). */
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    @Inject
    CohortService cohorts;

    @GET
    public List<CohortView> list(@QueryParam("providerId") String providerId) {
        return cohorts.list(providerId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCohort request, @Context UriInfo uri) {
        CohortView created = cohorts.create(Bodies.required(request,
                "{\"providerId\": \"...\", \"name\": \"Spring 2027\", \"courseSlug\": \"ml-engineer\"}"));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{cohortId}")
    public CohortView get(@PathParam("cohortId") String cohortId) {
        return cohorts.get(cohortId);
    }

    @POST
    @Path("/{cohortId}/instructors")
    @Consumes(MediaType.APPLICATION_JSON)
    public CohortView addInstructor(@PathParam("cohortId") String cohortId, PersonRequest request) {
        Bodies.required(request, "{\"email\": \"ann@example.org\", \"name\": \"Ann\"}");
        return cohorts.addInstructor(cohortId, request.email(), request.name());
    }

    @DELETE
    @Path("/{cohortId}/instructors")
    public CohortView removeInstructor(@PathParam("cohortId") String cohortId, @QueryParam("email") String email) {
        return cohorts.removeInstructor(cohortId, email);
    }

    /** Replaces every deadline: {"unit-key": "2027-03-01T17:00:00Z", ...}; an empty object clears them. */
    @PUT
    @Path("/{cohortId}/deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    public CohortView setDeadlines(@PathParam("cohortId") String cohortId, Map<String, Instant> deadlines) {
        return cohorts.setDeadlines(cohortId, Bodies.required(deadlines, "{\"unit-key\": \"2027-03-01T17:00:00Z\"}"));
    }
}
