package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;

/** Black-box test data through the test-only {@code /api/test-support} endpoint. */
public final class Fixtures {
    private static final String PASSWORD = "a test password 42";

    private final URL base;
    private final Http support;

    public Fixtures(URL base) {
        this.base = base;
        this.support = new Http(base);
    }

    public record Cohort(String providerId, String cohortId) {
    }

    /** A signed-in person and their id. */
    public record Person(String id, Http http) {
    }

    public Cohort cohort() {
        JsonObject created = ok(support.postEmpty("api/test-support/cohorts"));
        return new Cohort(created.getString("providerId"), created.getString("cohortId"));
    }

    public Cohort cohortOf(String providerId) {
        JsonObject created = ok(support.postEmpty("api/test-support/providers/" + providerId + "/cohorts"));
        return new Cohort(providerId, created.getString("cohortId"));
    }

    public Person person(String name) {
        JsonObject created = ok(support.post("api/test-support/people", "application/json",
                Json.createObjectBuilder().add("name", name).add("password", PASSWORD).build().toString()));
        return new Person(created.getString("personId"), new Http(base).signIn(created.getString("email"), PASSWORD));
    }

    /** A signed-in ACTIVE learner of the cohort. */
    public Person learner(Cohort cohort) {
        Person person = person("Learner");
        enroll(cohort, person, "ACTIVE");
        return person;
    }

    public void enroll(Cohort cohort, Person person, String status) {
        noContent(support.put("api/test-support/cohorts/" + cohort.cohortId() + "/enrollments/" + person.id()
                + "?status=" + status, "application/json", ""));
    }

    public Person instructor(Cohort cohort) {
        Person person = person("Instructor");
        noContent(support.put("api/test-support/cohorts/" + cohort.cohortId() + "/instructors/" + person.id(),
                "application/json", ""));
        return person;
    }

    public Person providerAdmin(Cohort cohort) {
        Person person = person("Provider admin");
        noContent(support.put("api/test-support/providers/" + cohort.providerId() + "/admins/" + person.id(),
                "application/json", ""));
        return person;
    }

    public void advanceClock(long seconds) {
        ok(support.put("api/test-support/clock?advanceSeconds=" + seconds, "application/json", ""));
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

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return Http.object(response);
    }

    private static void noContent(HttpResponse<String> response) {
        assertEquals(204, response.statusCode(), response::body);
    }
}
