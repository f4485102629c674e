package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like HTTP client for black-box tests against the deployed EAR: it keeps its own
 * cookies (so one instance is one signed-in session) and can send an API token instead.
 */
public final class Http {
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String bearer;

    public Http(URL base) {
        this.base = URI.create(base.toString());
    }

    /** Signed in as the platform admin the test server was started with. */
    public static Http admin(URL base) {
        return new Http(base).signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    }

    public static Http withToken(URL base, String token) {
        Http http = new Http(base);
        http.bearer = token;
        return http;
    }

    public Http signIn(String email, String password) {
        HttpResponse<String> response = post("api/session", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        assertEquals(204, response.statusCode(), response::body);
        return this;
    }

    /** A fresh client that authenticates with an API token created by this session. */
    public Http withNewToken(String name) {
        HttpResponse<String> created = post("api/tokens", "application/json", "{\"name\": \"" + name + "\"}");
        assertEquals(201, created.statusCode(), created::body);
        return withToken(toUrl(base), object(created).getString("secret"));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> postEmpty(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Whether the server has given this client a cookie of that name (e.g. a session). */
    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals(name));
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    /** A GET whose body is kept as bytes (files: spreadsheets, exports). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
