package dev.ascent.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The signed-in person and their API tokens. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;
    @Inject
    ApiTokenService tokens;

    @GET
    @Path("me")
    public AccountService.Me me() {
        return accounts.me();
    }

    @GET
    @Path("tokens")
    public List<ApiTokenService.TokenView> tokens() {
        return tokens.mine();
    }

    public record NewToken(String name) {
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewToken request) {
        ApiTokenService.CreatedToken created = tokens.create(request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("tokens/{tokenId}")
    public ApiTokenService.TokenView revoke(@PathParam("tokenId") String tokenId) {
        return tokens.revoke(tokenId);
    }
}
