package dev.ascent.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, to see what a client then receives. */
@Path("/test-failure")
public class FailingResource {
    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail");
    }
}
