package dev.ascent.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoint in the test EAR's WAR (like {@code FailingResource}): makes a person with a
 * password for black-box and browser tests. Open to anyone, which is why the product never has it.
 */
@Path("/test-people")
public class TestPeopleResource {

    @Inject
    TestAccounts accounts;

    public record NewPerson(String name, String password) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TestAccounts.Created create(NewPerson request) {
        return accounts.withPassword(request.name(), request.password());
    }
}
