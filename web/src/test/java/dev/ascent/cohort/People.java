package dev.ascent.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Providers, admins and cohorts made through the API, for the browser tests of the people pages. */
public final class People {
    private static final String JSON = "application/json";

    private People() {
    }

    /** A provider made by the platform admin, with this person as its admin. */
    public static String provider(URL base, String name, TestPerson admin) {
        Http platform = Http.admin(base);
        HttpResponse<String> created = platform.post("api/providers", JSON, "{\"slug\": \"pages-" + UUID.randomUUID()
                + "\", \"name\": \"" + name + "\", \"primaryColor\": \"#0f5132\", \"accentColor\": \"#b45309\"}");
        assertEquals(201, created.statusCode(), created::body);
        String providerId = Http.object(created).getString("id");
        HttpResponse<String> added = platform.post("api/providers/" + providerId + "/admins", JSON,
                "{\"email\": \"" + admin.email() + "\"}");
        assertEquals(200, added.statusCode(), added::body);
        return providerId;
    }

    public static String cohort(Http admin, String providerId, String name) {
        HttpResponse<String> created = admin.post("api/cohorts", JSON, "{\"providerId\": \"" + providerId
                + "\", \"name\": \"" + name + "\", \"courseSlug\": \"ml-engineer\", \"startsOn\": \"2027-01-11\","
                + " \"endsOn\": \"2027-04-30\"}");
        assertEquals(201, created.statusCode(), created::body);
        return Http.object(created).getString("id");
    }

    public static void enrol(Http admin, String cohortId, String email, String name) {
        HttpResponse<String> added = admin.post("api/cohorts/" + cohortId + "/enrollments", JSON,
                "{\"email\": \"" + email + "\", \"name\": \"" + name + "\"}");
        assertEquals(201, added.statusCode(), added::body);
    }

    public static void teach(Http admin, String cohortId, String email) {
        HttpResponse<String> added = admin.post("api/cohorts/" + cohortId + "/instructors", JSON,
                "{\"email\": \"" + email + "\"}");
        assertEquals(200, added.statusCode(), added::body);
    }

    public static String invite(Http admin, String cohortId, int seats) {
        HttpResponse<String> created = admin.post("api/cohorts/" + cohortId + "/invites", JSON,
                "{\"seatLimit\": " + seats + ", \"expiresAt\": \"2099-01-01T00:00:00Z\"}");
        assertEquals(201, created.statusCode(), created::body);
        return Http.object(created).getString("code");
    }

    /** A roster file of {@code count} new learners; emails are unique to this call. */
    public static String roster(int count, String run) {
        StringBuilder csv = new StringBuilder("email,name,external_id\n");
        for (int i = 1; i <= count; i++) {
            csv.append("learner").append(i).append('-').append(run).append("@example.org,Learner ").append(i)
                    .append(" ").append(run).append(",N-").append(i).append('\n');
        }
        return csv.toString();
    }
}
