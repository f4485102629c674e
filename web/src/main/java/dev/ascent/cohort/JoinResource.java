package dev.ascent.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Joining a cohort with an invite code, as the signed-in person. */
@Path("/invites")
@Produces(MediaType.APPLICATION_JSON)
public class JoinResource {

    @Inject
    InviteService invites;

    @POST
    @Path("/{code}/accept")
    public Joined accept(@PathParam("code") String code) {
        return invites.accept(code);
    }
}
