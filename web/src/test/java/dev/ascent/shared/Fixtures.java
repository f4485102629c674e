package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ascent.identity.TestPerson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Black-box test data through the product's own API, as the people who run a provider would make
 * it: the platform admin the test server starts with creates the provider and its cohorts and
 * grants the roles; a provider adds learners, and a learner becomes ACTIVE by accepting an invite
 * code. People with passwords come from the test EAR's {@code /api/test-people} (no product service
 * makes an account with a password); the clock and an attempt's secrets from {@code /api/test-support}.
 */
public final class Fixtures {
    private static final String JSON = "application/json";

    private final URL base;
    private final Http support;
    private Http platform;

    public Fixtures(URL base) {
        this.base = base;
        this.support = new Http(base);
    }

    public record Cohort(String providerId, String cohortId) {
    }

    /** A signed-in person, their id and email. */
    public record Person(String id, String email, Http http) {
    }

    /** A new provider, made by the platform admin, with a new cohort on the current version of the bundled course. */
    public Cohort cohort() {
        String slug = "p-" + UUID.randomUUID();
        JsonObject provider = created(platform().post("api/providers", JSON, Json.createObjectBuilder().add("slug", slug)
                .add("name", "Provider " + slug).build().toString()));
        return cohortOf(provider.getString("id"));
    }

    /** Another cohort of the provider, made by the platform admin. */
    public Cohort cohortOf(String providerId) {
        JsonObject cohort = created(platform().post("api/cohorts", JSON, Json.createObjectBuilder()
                .add("providerId", providerId).add("name", "Cohort " + UUID.randomUUID())
                .add("courseSlug", "ml-engineer").build().toString()));
        return new Cohort(providerId, cohort.getString("id"));
    }

    /** A person with a password (through the test EAR's {@code /api/test-people}), signed in. */
    public Person person(String name) {
        TestPerson person = TestPerson.create(base, name);
        return new Person(person.id(), person.email(), person.http(base));
    }

    /** A signed-in ACTIVE learner of the cohort. */
    public Person learner(Cohort cohort) {
        Person person = person("Learner");
        enroll(cohort, person, "ACTIVE");
        return person;
    }

    /**
     * Enrols the person as the provider would: added by email (INVITED); ACTIVE once they accept an
     * invite code of the cohort with their own session; WITHDRAWN when the provider then withdraws them.
     */
    public void enroll(Cohort cohort, Person person, String status) {
        String enrollment = created(platform().post("api/cohorts/" + cohort.cohortId() + "/enrollments", JSON,
                Json.createObjectBuilder().add("email", person.email()).build().toString())).getString("id");
        switch (status) {
            case "INVITED" -> {
            }
            case "ACTIVE" -> {
                String code = created(platform().post("api/cohorts/" + cohort.cohortId() + "/invites", JSON,
                        "{\"seatLimit\": 1, \"expiresAt\": \"2099-01-01T00:00:00Z\"}")).getString("code");
                JsonObject joined = ok(person.http().postEmpty("api/invites/" + code + "/accept"));
                assertEquals("ACTIVE", joined.getString("status"), joined::toString);
            }
            case "WITHDRAWN" -> ok(platform().postEmpty("api/cohorts/" + cohort.cohortId() + "/enrollments/" + enrollment
                    + "/withdraw"));
            default -> throw new IllegalArgumentException("No fixture for an enrollment " + status);
        }
    }

    /** Enrols a {@link TestPerson} (signed in here only to accept the invite when ACTIVE). */
    public void enroll(Cohort cohort, TestPerson person, String status) {
        Http session = "ACTIVE".equals(status) ? person.http(base) : null;
        enroll(cohort, new Person(person.id(), person.email(), session), status);
    }

    public Person instructor(Cohort cohort) {
        Person person = person("Instructor");
        ok(platform().post("api/cohorts/" + cohort.cohortId() + "/instructors", JSON, email(person.email())));
        return person;
    }

    public Person providerAdmin(Cohort cohort) {
        Person person = person("Provider admin");
        administer(cohort, person.email());
        return person;
    }

    /** Makes the person with this email an admin of the cohort's provider. */
    public void administer(Cohort cohort, String email) {
        ok(platform().post("api/providers/" + cohort.providerId() + "/admins", JSON, email(email)));
    }

    public void advanceClock(long seconds) {
        ok(support.put("api/test-support/clock?advanceSeconds=" + seconds, JSON, ""));
    }

    public void resetClock() {
        noContent(support.delete("api/test-support/clock"));
    }

    /** What the server knows about an attempt: seed, keys, feedback, formulas (see TestSupportResource). */
    public JsonObject keys(String attemptId) {
        return ok(support.get("api/test-support/attempts/" + attemptId + "/keys"));
    }

    public static String quizOfUnit(Http http, int unit) {
        return Http.object(http.get("api/courses/ml-engineer")).getJsonArray("units").getJsonObject(unit - 1)
                .getString("quizId");
    }

    /** The platform admin the test server was started with, signed in once per instance. */
    private Http platform() {
        if (platform == null) {
            platform = Http.admin(base);
        }
        return platform;
    }

    private static String email(String email) {
        return Json.createObjectBuilder().add("email", email).build().toString();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return Http.object(response);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response::body);
        return Http.object(response);
    }

    private static void noContent(HttpResponse<String> response) {
        assertEquals(204, response.statusCode(), response::body);
    }
}
