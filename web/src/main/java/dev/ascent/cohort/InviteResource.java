package dev.ascent.cohort;

import dev.ascent.shared.Bodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** A cohort's invite codes, for its admins. */
@Path("/cohorts/{cohortId}/invites")
@Produces(MediaType.APPLICATION_JSON)
public class InviteResource {

    @Inject
    InviteService invites;

    public record NewInvite(Integer seatLimit, Instant expiresAt) {
    }

    @GET
    public List<InviteView> list(@PathParam("cohortId") String cohortId) {
        return invites.list(cohortId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("cohortId") String cohortId, NewInvite request) {
        Bodies.required(request, "{\"seatLimit\": 30, \"expiresAt\": \"2027-03-01T00:00:00Z\"}");
        return Response.status(Response.Status.CREATED)
                .entity(invites.create(cohortId, request.seatLimit(), request.expiresAt())).build();
    }
}
