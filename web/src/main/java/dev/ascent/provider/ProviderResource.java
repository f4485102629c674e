package dev.ascent.provider;

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
import java.util.List;

/** Training providers (tenants) and their admins. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    ProviderService providers;

    public record NewProvider(String slug, String name, String logoUrl, String primaryColor, String accentColor,
                              String signatoryName, String signatoryTitle) {
        ProviderDetails details() {
            return new ProviderDetails(name, logoUrl, primaryColor, accentColor, signatoryName, signatoryTitle);
        }
    }

    /** A person by email; the name is used only when the email has no account yet. */
    public record PersonRequest(String email, String name) {
    }

    @GET
    public List<ProviderView> list() {
        return providers.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewProvider request, @Context UriInfo uri) {
        Bodies.required(request, "{\"slug\": \"acme\", \"name\": \"Acme Training\"}");
        ProviderView created = providers.create(request.slug(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{providerId}")
    public ProviderView get(@PathParam("providerId") String providerId) {
        return providers.get(providerId);
    }

    @PUT
    @Path("/{providerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProviderView update(@PathParam("providerId") String providerId, ProviderDetails details) {
        return providers.update(providerId, Bodies.required(details, "{\"name\": \"Acme Training\", \"primaryColor\": \"#123456\"}"));
    }

    @POST
    @Path("/{providerId}/admins")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProviderView addAdmin(@PathParam("providerId") String providerId, PersonRequest request) {
        Bodies.required(request, "{\"email\": \"ann@example.org\", \"name\": \"Ann\"}");
        return providers.addAdmin(providerId, request.email(), request.name());
    }

    @DELETE
    @Path("/{providerId}/admins")
    public ProviderView removeAdmin(@PathParam("providerId") String providerId, @QueryParam("email") String email) {
        return providers.removeAdmin(providerId, email);
    }
}
