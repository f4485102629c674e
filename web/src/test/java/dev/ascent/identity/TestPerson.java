package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ascent.shared.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A fresh person with a password on the test server (through the test EAR's
 * {@link TestPeopleResource}), for black-box and browser tests.
 */
public record TestPerson(String id, String email, String name, String password) {

    public static TestPerson create(URL base, String name) {
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> response = new Http(base).post("api/test-people", "application/json",
                Json.createObjectBuilder().add("name", name).add("password", password).build().toString());
        assertEquals(200, response.statusCode(), response::body);
        JsonObject created = Http.object(response);
        return new TestPerson(created.getString("id"), created.getString("email"), created.getString("name"), password);
    }

    /** A cookie session signed in as this person. */
    public Http http(URL base) {
        return new Http(base).signIn(email, password);
    }
}
