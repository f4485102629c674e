package dev.ascent.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.identity.Accounts;
import dev.ascent.shared.Http;
import dev.ascent.shared.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Providers, rosters, CSV import, invites and learners' own data, through the HTTP API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleApiIT {
    private static final Logger LOG = Logger.getLogger(PeopleApiIT.class.getName());
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    record Tenant(String providerId, String cohortId, Http admin) {
    }

    private Tenant tenant(String name) {
        Http platform = Http.admin(base);
        String providerId = id(platform.post("api/providers", JSON, "{\"slug\": \"api-" + UUID.randomUUID()
                + "\", \"name\": \"" + name + "\", \"primaryColor\": \"#0A0B0C\"}"), 201);
        String email = Accounts.newEmail("Admin " + name);
        assertEquals(200, platform.post("api/providers/" + providerId + "/admins", JSON, "{\"email\": \"" + email + "\"}").statusCode());
        Http admin = Accounts.activate(base, email);
        String cohortId = id(admin.post("api/cohorts", JSON, "{\"providerId\": \"" + providerId
                + "\", \"name\": \"Cohort " + name + "\", \"courseSlug\": \"ml-engineer\"}"), 201);
        return new Tenant(providerId, cohortId, admin);
    }

    @Test
    void a_thousand_row_csv_with_seven_bad_rows_imports_993_and_reports_the_seven_lines() {
        Tenant t = tenant("CSV");
        String csv = Rosters.thousandRowsSevenBad();
        String enrollments = "api/cohorts/" + t.cohortId() + "/enrollments";

        JsonObject preview = Http.object(ok(t.admin().post(enrollments + "?preview=true", "text/csv", csv)));
        assertTrue(preview.getBoolean("preview"));
        assertEquals(993, preview.getInt("accepted"));
        assertEquals(0, roster(t).size(), "a preview writes nothing");

        long started = System.nanoTime();
        JsonObject report = Http.object(ok(t.admin().post(enrollments, "text/csv; charset=utf-8", csv)));
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "1,000-row roster over HTTP: " + ms + " ms");
        assertFalse(report.getBoolean("preview"));
        assertEquals(1000, report.getInt("rows"));
        assertEquals(993, report.getInt("accepted"));
        assertEquals(7, report.getInt("rejected"));
        assertEquals(List.of(17, 130, 245, 388, 512, 777, 901), lines(report));
        assertEquals(List.of("BAD_EMAIL", "BAD_EMAIL", "MISSING_NAME", "TOO_LONG", "TOO_LONG", "DUPLICATE", "TOO_LONG"),
                report.getJsonArray("issues").stream().map(i -> i.asJsonObject().getString("problem")).toList());
        assertEquals(993, roster(t).size());

        JsonObject again = Http.object(ok(t.admin().post(enrollments, "text/csv", csv)));
        assertEquals(0, again.getInt("accepted"));
        assertEquals(993, again.getJsonArray("issues").stream()
                .filter(i -> i.asJsonObject().getString("problem").equals("ALREADY_ENROLLED")).count());
        assertEquals(993, roster(t).size());
    }

    @Test
    void withdrawing_keeps_the_learner_and_the_history_and_adding_again_brings_the_row_back() {
        Tenant t = tenant("Withdraw");
        String email = Accounts.newEmail("Wendy");
        String body = "{\"email\": \"" + email + "\", \"name\": \"Wendy\", \"externalId\": \"W-7\"}";
        String enrollments = "api/cohorts/" + t.cohortId() + "/enrollments";
        HttpResponse<String> added = t.admin().post(enrollments, JSON, body);
        String id = id(added, 201);
        assertTrue(added.headers().firstValue("Location").orElseThrow().endsWith("/" + id));
        assertEquals(409, t.admin().post(enrollments, JSON, body).statusCode());

        JsonObject withdrawn = Http.object(ok(t.admin().postEmpty(enrollments + "/" + id + "/withdraw")));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(1, roster(t).size());

        JsonObject back = Http.object(ok(t.admin().post(enrollments, JSON, body)));
        assertEquals(id, back.getString("id"));
        assertEquals("W-7", back.getString("externalId"));
        JsonArray history = Http.object(ok(t.admin().get(enrollments + "/" + id))).getJsonArray("history");
        assertEquals(List.of("INVITED", "WITHDRAWN", "INVITED"),
                history.stream().map(h -> h.asJsonObject().getString("status")).toList());
    }

    @Test
    void a_provider_sees_only_the_names_it_entered_never_the_ones_another_provider_stored() {
        Tenant first = tenant("First");
        Tenant second = tenant("Second");
        String email = Accounts.newEmail("Private");
        String otherEmail = Accounts.newEmail("Quiet");
        String stored = "Alice Private " + UUID.randomUUID();
        String storedOther = "Quentin Quiet " + UUID.randomUUID();
        created(first.admin().post("api/cohorts/" + first.cohortId() + "/enrollments", JSON,
                Json.createObjectBuilder().add("email", email).add("name", stored).build().toString()));
        created(first.admin().post("api/cohorts/" + first.cohortId() + "/enrollments", JSON,
                Json.createObjectBuilder().add("email", otherEmail).add("name", storedOther).build().toString()));

        String enrollments = "api/cohorts/" + second.cohortId() + "/enrollments";
        JsonObject added = Http.object(created(second.admin().post(enrollments, JSON,
                Json.createObjectBuilder().add("email", email).add("name", "Student 42").build().toString())));
        assertEquals("Student 42", added.getString("name"), "what the second provider entered");
        JsonObject csv = Http.object(ok(second.admin().post(enrollments, "text/csv",
                "email,name,external_id\n" + otherEmail + ",Q. from our list,Q-1\n")));
        assertEquals(1, csv.getInt("accepted"));

        // The same for staff: an instructor and an administrator added by email.
        JsonObject cohort = Http.object(ok(second.admin().post("api/cohorts/" + second.cohortId() + "/instructors", JSON,
                Json.createObjectBuilder().add("email", email).add("name", "Our Tutor").build().toString())));
        assertEquals(List.of("Our Tutor"), cohort.getJsonArray("instructors").stream()
                .map(i -> i.asJsonObject().getString("name")).toList());
        JsonObject provider = Http.object(ok(second.admin().post("api/providers/" + second.providerId() + "/admins", JSON,
                Json.createObjectBuilder().add("email", otherEmail).build().toString())));
        assertTrue(provider.getJsonArray("admins").stream().map(a -> a.asJsonObject())
                .anyMatch(a -> a.getString("email").equals(otherEmail) && a.getString("name").equals(otherEmail.split("@")[0])),
                "no name entered: the email's local part, not the account's name");

        String roster = ok(second.admin().get(enrollments)).body();
        String one = ok(second.admin().get(enrollments + "/" + added.getString("id"))).body();
        String page = ok(second.admin().get("app/provider/cohort.xhtml?cohort=" + second.cohortId())).body();
        String staff = ok(second.admin().get("api/cohorts/" + second.cohortId())).body()
                + ok(second.admin().get("api/providers/" + second.providerId())).body()
                + ok(second.admin().get("app/provider/provider.xhtml?provider=" + second.providerId())).body();
        for (String seen : List.of(roster, one, page, staff)) {
            assertFalse(seen.contains(stored) || seen.contains(storedOther), "another provider's name leaked: " + seen);
        }
        assertTrue(roster.contains("Student 42") && roster.contains("Q. from our list"), roster);
        assertTrue(page.contains("Student 42"), "the roster page shows the name this provider entered");

        // The provider that entered the names still sees them, and the learner their own.
        String firstRoster = ok(first.admin().get("api/cohorts/" + first.cohortId() + "/enrollments")).body();
        assertTrue(firstRoster.contains(stored) && firstRoster.contains(storedOther), firstRoster);
        assertEquals(stored, Http.object(ok(Accounts.activate(base, email).get("api/me"))).getString("name"));
    }

    @Test
    void an_invite_code_has_seats_and_an_expiry() throws InterruptedException {
        Tenant t = tenant("Invites");
        String invites = "api/cohorts/" + t.cohortId() + "/invites";
        String code = Http.object(created(t.admin().post(invites, JSON, "{\"seatLimit\": 1, \"expiresAt\": \""
                + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}"))).getString("code");
        // People who are not in the cohort yet (learners of another cohort of the provider).
        Tenant other = new Tenant(t.providerId(), id(t.admin().post("api/cohorts", JSON, "{\"providerId\": \""
                + t.providerId() + "\", \"name\": \"Other\", \"courseSlug\": \"ml-engineer\"}"), 201), t.admin());
        Http first = learner(other, null);
        JsonObject joined = Http.object(ok(first.postEmpty("api/invites/" + code + "/accept")));
        assertEquals(t.cohortId(), joined.getString("cohortId"));
        assertEquals("ACTIVE", joined.getString("status"));
        ok(first.postEmpty("api/invites/" + code + "/accept"));
        Http second = learner(other, null);
        assertEquals("urn:ascent:problem:invite-full", problem(second.postEmpty("api/invites/" + code + "/accept"), 409));
        assertEquals("urn:ascent:problem:not-found", problem(second.postEmpty("api/invites/NOSUCHCODE/accept"), 404));

        String soon = Http.object(created(t.admin().post(invites, JSON, "{\"seatLimit\": 5, \"expiresAt\": \""
                + Instant.now().plusSeconds(2) + "\"}"))).getString("code");
        Thread.sleep(2500);
        assertEquals("urn:ascent:problem:invite-expired", problem(second.postEmpty("api/invites/" + soon + "/accept"), 410));
        assertEquals(400, t.admin().post(invites, JSON, "{\"seatLimit\": 0, \"expiresAt\": \""
                + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}").statusCode());
        assertEquals(List.of(1, 0), ((JsonArray) Http.json(ok(t.admin().get(invites)))).stream()
                .map(i -> i.asJsonObject().getInt("seatsUsed")).toList());
    }

    @Test
    void a_learners_token_reads_only_their_own_learning_and_attempts() {
        Tenant t = tenant("Isolation");
        Http anna = learner(t, null).withNewToken("anna");
        Http ben = learner(t, null).withNewToken("ben");
        String quizId = Http.object(anna.get("api/courses/ml-engineer")).getJsonArray("units").getJsonObject(0).getString("quizId");
        String annasAttempt = id(anna.postEmpty("api/quizzes/" + quizId + "/attempts"), 201);

        JsonArray annasLearning = (JsonArray) Http.json(ok(anna.get("api/me/learning")));
        assertEquals(1, annasLearning.size());
        JsonObject unit = annasLearning.getJsonObject(0).getJsonArray("units").getJsonObject(0);
        assertEquals("IN_PROGRESS", unit.getString("status"));
        assertEquals(1, unit.getInt("attemptsUsed"));
        assertEquals("#0a0b0c", annasLearning.getJsonObject(0).getJsonObject("provider").getString("primaryColor"));

        JsonObject bensUnit = ((JsonArray) Http.json(ok(ben.get("api/me/learning")))).getJsonObject(0)
                .getJsonArray("units").getJsonObject(0);
        assertEquals("NOT_STARTED", bensUnit.getString("status"), "Anna's attempt is not Ben's");
        assertEquals(0, bensUnit.getInt("attemptsUsed"));
        assertEquals(404, ben.get("api/attempts/" + annasAttempt).statusCode());
        assertEquals(404, ben.postEmpty("api/attempts/" + annasAttempt + "/submit").statusCode());
        assertEquals(403, ben.get("api/cohorts/" + t.cohortId() + "/enrollments").statusCode());
        assertEquals(200, anna.get("api/attempts/" + annasAttempt).statusCode());
    }

    @Test
    void bad_fields_are_400_problems_naming_the_field() {
        Http platform = Http.admin(base);
        HttpResponse<String> response = platform.post("api/providers", JSON,
                "{\"slug\": \"ok-" + UUID.randomUUID() + "\", \"name\": \"X\", \"primaryColor\": \"red\", \"logoUrl\": \"javascript:alert(1)\"}");
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().startsWith("{"), response::body);
        assertEquals(List.of("logoUrl", "primaryColor"), Http.object(response).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().toList());
        Tenant t = tenant("Fields");
        assertEquals(400, t.admin().post("api/cohorts/" + t.cohortId() + "/enrollments", JSON,
                "{\"email\": \"not-an-email\", \"name\": \"X\"}").statusCode());
        assertEquals("urn:ascent:problem:unknown-unit", problem(t.admin().put("api/cohorts/" + t.cohortId() + "/deadlines", JSON,
                "{\"no-such-unit\": \"2030-01-01T00:00:00Z\"}"), 400));
        assertEquals(400, t.admin().post("api/cohorts", JSON, "").statusCode());
    }

    /** A new learner in the tenant's cohort, signed in with the password they chose from their mail. */
    private Http learner(Tenant t, String name) {
        String email = Accounts.newEmail(name == null ? "Learner" : name);
        created(t.admin().post("api/cohorts/" + t.cohortId() + "/enrollments", JSON,
                Json.createObjectBuilder().add("email", email).add("name", "Learner").build().toString()));
        return Accounts.activate(base, email);
    }

    private List<JsonValue> roster(Tenant t) {
        return ((JsonArray) Http.json(ok(t.admin().get("api/cohorts/" + t.cohortId() + "/enrollments"))));
    }

    private static List<Integer> lines(JsonObject report) {
        return report.getJsonArray("issues").stream().map(i -> i.asJsonObject().getInt("line")).toList();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response::body);
        return response;
    }

    private static String id(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        return Http.object(response).getString("id");
    }

    private static String problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return Http.object(response).getString("type");
    }
}
