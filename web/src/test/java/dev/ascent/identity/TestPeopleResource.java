package dev.ascent.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoint in the test EAR's WAR (like {@code FailingResource}): makes a person with a
 * password for black-box and browser tests, and sets sign-in limits for the throttle tests. Open
 * to anyone, which is why the product never has it.
 */
@Path("/test-people")
public class TestPeopleResource {

    @Inject
    TestPeople people;
    @Inject
    SignInThrottle throttle;

    public record NewPerson(String name, String password) {
    }

    public record Created(String id, String email, String name) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Created create(NewPerson request) {
        Person person = people.withPassword(request.name(), request.password());
        return new Created(person.getId(), person.getEmail(), person.getName());
    }

    /**
     * Lowers sign-in limits for one test (the suite signs in from one address, so the server's are
     * high); unset parameters keep the server's settings. Also forgets every client and failure.
     */
    @PUT
    @Path("sign-in-limits")
    public void limits(@QueryParam("perClientPerMinute") Integer perClient,
                       @QueryParam("maxConcurrentHashes") Integer hashes,
                       @QueryParam("hashWaitMillis") Long hashWait) {
        SignInThrottle.Limits env = throttle.configuredLimits();
        throttle.configure(new SignInThrottle.Limits(perClient != null ? perClient : env.perClientPerMinute(),
                hashes != null ? hashes : env.maxConcurrentHashes(), hashWait != null ? hashWait : env.hashWaitMillis(),
                env.freeFailures(), env.firstDelaySeconds(), env.maxDelaySeconds(), env.emailFreeFailures(),
                env.emailMaxDelaySeconds(), env.tracked()));
    }

    /** Back to the server's own limits. */
    @DELETE
    @Path("sign-in-limits")
    public void resetLimits() {
        throttle.configure(throttle.configuredLimits());
    }
}
