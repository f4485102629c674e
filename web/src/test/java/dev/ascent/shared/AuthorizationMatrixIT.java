package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.identity.Accounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the product × every role × two providers, black box over HTTP. The table
 * below is the whole rule book: one line per endpoint, the expected status per role in the
 * order of {@link Role}. Allowed calls answer 200/201/204; anonymous calls 401; a role that may
 * never call the endpoint 403; another tenant's (or another learner's) resource 404.
 * A second test fails when an endpoint of the product has no line here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /** Signed-in roles call with an API token, as integrators do. */
    enum Role { ANONYMOUS, LEARNER_A, LEARNER_B, INSTRUCTOR_A, ADMIN_A, ADMIN_B, PLATFORM_ADMIN }

    record Row(String method, String path, String contentType, String body, int[] expected) {
        String endpoint() {
            return method + " " + normalise(path);
        }
    }

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    private static Row row(String method, String path, int... expected) {
        return new Row(method, path, null, null, expected);
    }

    private static Row row(String method, String path, String contentType, String body, int... expected) {
        return new Row(method, path, contentType, body, expected);
    }

    //                                                                anon learnA learnB instrA admA admB platform
    static final List<Row> MATRIX = List.of(
            row("GET", "api/health",                                     200, 200, 200, 200, 200, 200, 200),
            row("GET", "api/courses",                                    200, 200, 200, 200, 200, 200, 200),
            row("GET", "api/courses/{courseSlug}",                       200, 200, 200, 200, 200, 200, 200),
            row("POST", "api/session", JSON, "{\"email\": \"nobody-{unique}@test.invalid\", \"password\": \"wrong\"}",
                                                                         401, 401, 401, 401, 401, 401, 401),
            row("DELETE", "api/session",                                 204, 204, 204, 204, 204, 204, 204),
            row("GET", "api/me",                                         401, 200, 200, 200, 200, 200, 200),
            row("GET", "api/tokens",                                     401, 200, 200, 200, 200, 200, 200),
            row("POST", "api/tokens", JSON, "{\"name\": \"matrix\"}",    401, 201, 201, 201, 201, 201, 201),
            row("DELETE", "api/tokens/{learnerASpareToken}",             401, 200, 404, 404, 404, 404, 404),
            // Only enrolled learners take quizzes; learner A resumes the attempt left open (200).
            row("POST", "api/quizzes/{quizId}/attempts",                 401, 200, 201, 403, 403, 403, 403),
            row("GET", "api/quizzes/{quizId}/attempts?person=me",        401, 200, 200, 403, 403, 403, 403),
            // Staff's view of a learner's attempts: learners never, another provider's staff find nothing.
            row("GET", "api/quizzes/{quizId}/attempts?person={learnerAPerson}",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/attempts/{openAttemptA}",                    401, 200, 404, 404, 404, 404, 404),
            row("PUT", "api/attempts/{openAttemptA}/responses/{itemA}", JSON, "{\"answer\": {answerA}, \"baseRevision\": 0}",
                                                                         401, 200, 404, 404, 404, 404, 404),
            row("POST", "api/attempts/{submittedAttemptA}/submit",       401, 200, 404, 404, 404, 404, 404),
            row("GET", "api/cohorts/{cohortA}/quizzes/{unitKey}/settings",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("PUT", "api/cohorts/{cohortA}/quizzes/{unitKey}/settings", JSON, "{\"passMarkPercent\": 60}",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("DELETE", "api/cohorts/{cohortA}/quizzes/{unitKey}/settings",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/quizzes/{quizId}/accommodations",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortB}/quizzes/{quizId}/accommodations",
                                                                         401, 403, 403, 404, 404, 200, 200),
            row("PUT", "api/cohorts/{cohortA}/quizzes/{quizId}/accommodations/{learnerAPerson}", JSON,
                    "{\"extraAttempts\": 1, \"reason\": \"matrix\"}",   401, 403, 403, 200, 200, 404, 200),
            row("DELETE", "api/cohorts/{cohortA}/quizzes/{quizId}/accommodations/{learnerAPerson}?reason=matrix",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/quizzes/{unitKey}/regrades",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("POST", "api/cohorts/{cohortA}/quizzes/{unitKey}/regrades/dry-run", JSON,
                    "{\"itemKey\": \"{itemA}\", \"correctedVersion\": {courseVersion}}",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("POST", "api/cohorts/{cohortA}/quizzes/{unitKey}/regrades", JSON,
                    "{\"itemKey\": \"{itemA}\", \"correctedVersion\": {courseVersion}, \"reason\": \"matrix\"}",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/me/learning",                                401, 200, 200, 200, 200, 200, 200),
            // A unit's lesson: learners of a cohort taking the course (A and B each in their own); staff are not learners.
            row("GET", "api/courses/{courseSlug}/units/{unitKey}",       401, 200, 200, 403, 403, 403, 403),
            row("GET", "api/courses/{courseSlug}/units/{unitKey}?cohortId={cohortB}",
                                                                         401, 403, 200, 403, 403, 403, 403),
            row("GET", "api/courses/no-such-course/units/{unitKey}",     401, 404, 404, 404, 404, 404, 404),
            row("PUT", "api/courses/{courseSlug}/units/{unitKey}/progress", JSON, "",
                                                                         401, 200, 200, 403, 403, 403, 403),
            row("PUT", "api/courses/{courseSlug}/units/{unitKey}/progress?cohortId={cohortA}", JSON, "",
                                                                         401, 200, 403, 403, 403, 403, 403),
            row("GET", "api/providers",                                  401, 403, 403, 403, 200, 200, 200),
            row("POST", "api/providers", JSON, "{\"slug\": \"m-{unique}\", \"name\": \"New\"}",
                                                                         401, 403, 403, 403, 403, 403, 201),
            row("GET", "api/providers/{providerA}",                      401, 403, 403, 403, 200, 404, 200),
            row("GET", "api/providers/{providerB}",                      401, 403, 403, 403, 404, 200, 200),
            row("PUT", "api/providers/{providerA}", JSON, "{\"name\": \"Matrix A\", \"primaryColor\": \"#102030\"}",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("POST", "api/providers/{providerA}/admins", JSON, "{\"email\": \"{spareEmail}\"}",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("DELETE", "api/providers/{providerA}/admins?email={spareEmail}",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("GET", "api/cohorts",                                    401, 403, 403, 200, 200, 200, 200),
            row("POST", "api/cohorts", JSON, "{\"providerId\": \"{providerA}\", \"name\": \"New\", \"courseSlug\": \"ml-engineer\"}",
                                                                         401, 403, 403, 403, 201, 404, 201),
            row("GET", "api/cohorts/{cohortA}",                          401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA2}",                         401, 403, 403, 404, 200, 404, 200),
            row("GET", "api/cohorts/{cohortB}",                          401, 403, 403, 404, 404, 200, 200),
            row("POST", "api/cohorts/{cohortA}/instructors", JSON, "{\"email\": \"{spareEmail}\"}",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("DELETE", "api/cohorts/{cohortA}/instructors?email={spareEmail}",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("PUT", "api/cohorts/{cohortA}/deadlines", JSON, "{\"{unitKey}\": \"2030-01-01T00:00:00Z\"}",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/enrollments",              401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortB}/enrollments",              401, 403, 403, 404, 404, 200, 200),
            row("POST", "api/cohorts/{cohortA}/enrollments", JSON, "{\"email\": \"m-{unique}@test.invalid\", \"name\": \"M\"}",
                                                                         401, 403, 403, 403, 201, 404, 201),
            row("POST", "api/cohorts/{cohortA}/enrollments?preview=true", CSV, "email,name\nm-{unique}@test.invalid,M\n",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("POST", "api/cohorts/{cohortA}/enrollments", CSV, "email,name\nm-{unique}@test.invalid,M\n",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/enrollments/{enrollmentA}", 401, 403, 403, 200, 200, 404, 200),
            // An enrollment of B asked for under cohort A: nobody finds it there.
            row("GET", "api/cohorts/{cohortA}/enrollments/{enrollmentB}", 401, 403, 403, 404, 404, 404, 404),
            row("POST", "api/cohorts/{cohortA}/enrollments/{spareEnrollmentA}/withdraw",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/gradebook",                401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortB}/gradebook",                401, 403, 403, 404, 404, 200, 200),
            row("GET", "api/cohorts/{cohortA}/gradebook/export?format=csv",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/gradebook/export?format=xlsx",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/quizzes/{quizId}/item-analysis",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortB}/quizzes/{quizId}/item-analysis",
                                                                         401, 403, 403, 404, 404, 200, 200),
            row("PUT", "api/attempts/{submittedAttemptA}/items/{submittedItemA}/credit", JSON,
                    "{\"credit\": 0.5, \"reason\": \"matrix\"}",          401, 403, 403, 200, 200, 404, 200),
            row("PUT", "api/attempts/{submittedAttemptA}/comment", JSON, "{\"comment\": \"Matrix\", \"reason\": \"matrix\"}",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/learners/{learnerAPerson}/grades",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("PUT", "api/cohorts/{cohortA}/learners/{learnerAPerson}/grades/{unitKey}", JSON,
                    "{\"percent\": 80, \"reason\": \"matrix\"}",          401, 403, 403, 200, 200, 404, 200),
            // The first removal removes (200); after it there is nothing left to remove (204).
            row("DELETE", "api/cohorts/{cohortA}/learners/{learnerAPerson}/grades/{unitKey}?reason=matrix",
                                                                         401, 403, 403, 200, 204, 404, 204),
            row("GET", "api/providers/{providerA}/courses/{courseSlug}/units/{unitKey}/item-analysis",
                                                                         401, 403, 403, 403, 200, 404, 200),
            row("GET", "api/providers/{providerB}/courses/{courseSlug}/units/{unitKey}/item-analysis",
                                                                         401, 403, 403, 403, 404, 200, 200),
            row("GET", "api/cohorts/{cohortA}/quizzes/{quizId}/responses/export?format=csv",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortA}/quizzes/{quizId}/responses/export?format=xlsx",
                                                                         401, 403, 403, 200, 200, 404, 200),
            row("GET", "api/cohorts/{cohortB}/quizzes/{quizId}/responses/export?format=csv",
                                                                         401, 403, 403, 404, 404, 200, 200),
            row("GET", "api/cohorts/{cohortA}/invites",                  401, 403, 403, 403, 200, 404, 200),
            row("POST", "api/cohorts/{cohortA}/invites", JSON, "{\"seatLimit\": 5, \"expiresAt\": \"{nextWeek}\"}",
                                                                         401, 403, 403, 403, 201, 404, 201),
            row("POST", "api/invites/{inviteCodeA2}/accept",             401, 200, 200, 200, 200, 200, 200));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void every_endpoint_answers_every_role_as_the_table_says() {
        Map<String, String> ids = new HashMap<>();
        Map<Role, Http> clients = setUp(ids);
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        try {
            calls = run(clients, ids, mismatches);
        } finally {
            withdrawPlatformAdmin(ids);
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + calls + " calls differ from the table:\n"
                + String.join("\n", mismatches));
    }

    private static int run(Map<Role, Http> clients, Map<String, String> ids, List<String> mismatches) {
        int calls = 0;
        for (Row row : MATRIX) {
            assertEquals(Role.values().length, row.expected().length, row.endpoint() + ": one status per role");
            for (Role role : Role.values()) {
                HttpResponse<String> response = call(clients.get(role), row, ids);
                calls++;
                int expected = row.expected()[role.ordinal()];
                if (response.statusCode() != expected) {
                    mismatches.add(String.format("%-7s %-55s %-15s expected %d, got %d %s", row.method(), row.path(), role,
                            expected, response.statusCode(), abbreviate(response.body())));
                } else if (expected >= 400 && !response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE)) {
                    mismatches.add(row.endpoint() + " " + role + ": " + expected + " without problem+json");
                }
            }
        }
        return calls;
    }

    /**
     * The platform admin is the one caller shared by every run on a database; the invite row just
     * enrolled it in cohort A2, which would let it start quizzes in later runs (expected 403).
     */
    private void withdrawPlatformAdmin(Map<String, String> ids) {
        Http platform = Http.admin(base);
        String admin = System.getProperty("it.admin.email");
        var roster = (jakarta.json.JsonArray) Http.json(platform.get("api/cohorts/" + ids.get("cohortA2") + "/enrollments"));
        roster.stream().map(JsonValue::asJsonObject)
                .filter(enrollment -> admin.equalsIgnoreCase(enrollment.getString("email", "")))
                .forEach(enrollment -> assertEquals(200, platform.postEmpty("api/cohorts/" + ids.get("cohortA2")
                        + "/enrollments/" + enrollment.getString("id") + "/withdraw").statusCode()));
    }

    @Test
    void the_table_has_a_line_for_every_endpoint_of_the_product() throws Exception {
        Set<String> covered = MATRIX.stream().map(Row::endpoint).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(productEndpoints());
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "endpoints without a line in the matrix: " + missing);
    }

    /** Two providers, each with an admin, a cohort with an instructor and a learner; all made through the API. */
    private Map<Role, Http> setUp(Map<String, String> ids) {
        Http platform = Http.admin(base);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ids.put("providerA", created(platform.post("api/providers", JSON, "{\"slug\": \"matrix-a-" + run + "\", \"name\": \"Matrix A\"}")));
        ids.put("providerB", created(platform.post("api/providers", JSON, "{\"slug\": \"matrix-b-" + run + "\", \"name\": \"Matrix B\"}")));

        Http adminA = person(platform, "api/providers/" + ids.get("providerA") + "/admins", "Admin A", ids, "adminA");
        Http adminB = person(platform, "api/providers/" + ids.get("providerB") + "/admins", "Admin B", ids, "adminB");
        ids.put("cohortA", created(adminA.post("api/cohorts", JSON, cohort(ids.get("providerA"), "Matrix cohort A"))));
        ids.put("cohortA2", created(adminA.post("api/cohorts", JSON, cohort(ids.get("providerA"), "Matrix cohort A2"))));
        ids.put("cohortB", created(adminB.post("api/cohorts", JSON, cohort(ids.get("providerB"), "Matrix cohort B"))));

        Http instructorA = person(adminA, "api/cohorts/" + ids.get("cohortA") + "/instructors", "Instructor A", ids, "instructorA");
        Http learnerA = person(adminA, "api/cohorts/" + ids.get("cohortA") + "/enrollments", "Learner A", ids, "learnerA");
        Http learnerB = person(adminB, "api/cohorts/" + ids.get("cohortB") + "/enrollments", "Learner B", ids, "learnerB");
        ids.put("enrollmentA", ids.get("learnerA.created"));
        ids.put("enrollmentB", ids.get("learnerB.created"));
        ids.put("learnerAPerson", Http.object(adminA.get("api/cohorts/" + ids.get("cohortA") + "/enrollments/"
                + ids.get("enrollmentA"))).getString("personId"));
        ids.put("spareEnrollmentA", created(adminA.post("api/cohorts/" + ids.get("cohortA") + "/enrollments", JSON,
                "{\"email\": \"" + Accounts.newEmail("Spare") + "\", \"name\": \"Spare\"}")));
        ids.put("spareEmail", Accounts.newEmail("Spare Staff"));
        ids.put("nextWeek", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        ids.put("inviteCodeA2", Http.object(adminA.post("api/cohorts/" + ids.get("cohortA2") + "/invites", JSON,
                "{\"seatLimit\": 100, \"expiresAt\": \"" + ids.get("nextWeek") + "\"}")).getString("code"));

        JsonObject unit = Http.object(platform.get("api/courses/ml-engineer")).getJsonArray("units").getJsonObject(0);
        ids.put("courseSlug", "ml-engineer");
        ids.put("courseVersion", String.valueOf(Http.object(platform.get("api/courses/ml-engineer")).getInt("version")));
        ids.put("quizId", unit.getString("quizId"));
        ids.put("unitKey", unit.getString("id"));
        String attempts = "api/quizzes/" + ids.get("quizId") + "/attempts";
        HttpResponse<String> first = learnerA.postEmpty(attempts);
        String submitted = created(first);
        JsonObject firstItem = Http.object(first).getJsonArray("items").getJsonObject(0);
        assertEquals(200, learnerA.put("api/attempts/" + submitted + "/responses/" + firstItem.getString("id"), JSON,
                "{\"answer\": " + anyAnswer(firstItem) + ", \"baseRevision\": 0}").statusCode());
        assertEquals(200, learnerA.postEmpty("api/attempts/" + submitted + "/submit").statusCode());
        ids.put("submittedAttemptA", submitted);
        ids.put("submittedItemA", firstItem.getString("id"));
        ids.put("learnerAPerson", Http.object(learnerA.get("api/me")).getString("id"));
        HttpResponse<String> started = learnerA.postEmpty(attempts);
        assertEquals(201, started.statusCode(), started::body);
        JsonObject item = Http.object(started).getJsonArray("items").getJsonObject(0);
        ids.put("openAttemptA", Http.object(started).getString("id"));
        ids.put("itemA", item.getString("id"));
        ids.put("answerA", anyAnswer(item));
        ids.put("learnerASpareToken", Http.object(learnerA.post("api/tokens", JSON, "{\"name\": \"spare\"}"))
                .getJsonObject("token").getString("id"));

        Map<Role, Http> clients = new EnumMap<>(Role.class);
        clients.put(Role.ANONYMOUS, new Http(base));
        clients.put(Role.LEARNER_A, learnerA.withNewToken("matrix"));
        clients.put(Role.LEARNER_B, learnerB.withNewToken("matrix"));
        clients.put(Role.INSTRUCTOR_A, instructorA.withNewToken("matrix"));
        clients.put(Role.ADMIN_A, adminA.withNewToken("matrix"));
        clients.put(Role.ADMIN_B, adminB.withNewToken("matrix"));
        clients.put(Role.PLATFORM_ADMIN, platform.withNewToken("matrix"));
        return clients;
    }

    /** Adds a new person by email at the given collection, then lets them choose a password and sign in. */
    private Http person(Http by, String collection, String name, Map<String, String> ids, String key) {
        String email = Accounts.newEmail(name);
        HttpResponse<String> added = by.post(collection, JSON, "{\"email\": \"" + email + "\", \"name\": \"" + name + "\"}");
        assertTrue(added.statusCode() == 200 || added.statusCode() == 201, () -> collection + ": " + added.body());
        ids.put(key + "Email", email);
        ids.put(key + ".created", Http.object(added).getString("id"));
        return Accounts.activate(base, email);
    }

    /** Some well-formed answer for the item's type (right or wrong does not matter here). */
    static String anyAnswer(JsonObject item) {
        var options = item.getJsonArray("options").stream().map(o -> o.asJsonObject().getString("id")).toList();
        var prompts = item.getJsonArray("prompts").stream().map(p -> p.asJsonObject().getString("id")).toList();
        var answer = Json.createObjectBuilder();
        switch (item.getString("type")) {
            case "single-choice", "multiple-response" -> answer.add("selected", Json.createArrayBuilder().add(options.get(0)));
            case "ordering" -> answer.add("selected", Json.createArrayBuilder(options));
            case "matching" -> {
                var pairs = Json.createObjectBuilder();
                prompts.forEach(prompt -> pairs.add(prompt, options.get(0)));
                answer.add("pairs", pairs);
            }
            case "true-false" -> answer.add("truth", true);
            case "numeric" -> answer.add("number", 1);
            default -> answer.add("text", "an answer");
        }
        return answer.build().toString();
    }

    private static String cohort(String providerId, String name) {
        return Json.createObjectBuilder().add("providerId", providerId).add("name", name).add("courseSlug", "ml-engineer")
                .build().toString();
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response::body);
        return Http.object(response).getString("id");
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static HttpResponse<String> call(Http client, Row row, Map<String, String> ids) {
        String path = fill(row.path(), ids);
        String body = row.body() == null ? null : fill(row.body(), ids);
        return switch (row.method()) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "POST" -> body == null ? client.postEmpty(path) : client.post(path, row.contentType(), body);
            case "PUT" -> client.put(path, row.contentType(), body);
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    private static String fill(String template, Map<String, String> ids) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = key.equals("unique") ? UUID.randomUUID().toString() : ids.get(key);
            if (value == null) {
                throw new IllegalStateException("no value for {" + key + "} in " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    static String normalise(String path) {
        String withoutQuery = path.replaceFirst("\\?.*$", "");
        return ("/" + withoutQuery).replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/").replaceFirst("/$", "");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    /** Every JAX-RS method in the web module's own classes (test-only resources are not the product's). */
    private static Set<String> productEndpoints() throws IOException, URISyntaxException {
        Path classes = new File(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toPath();
        String prefix = RestApplication.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        Set<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceFirst("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, AuthorizationMatrixIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue; // page beans needing what the test classpath lacks are no endpoints
                }
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                        endpoints.add(verb + " " + normalise(prefix + "/" + classPath.value() + "/"
                                + (methodPath == null ? "" : methodPath.value())));
                    }
                }
            }
        }
        assertTrue(endpoints.size() > 20, "found only " + endpoints);
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}
