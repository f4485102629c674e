package dev.ascent.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One shared Jsonb for every request and response body. Without a resolver RESTEasy builds a new
 * Jsonb (provider lookup in the jars, Yasson set-up, a CDI lookup) for each body it reads or
 * writes, which the benchmark showed as the main per-request cost and lock contention.
 * Default configuration, so the JSON is the same as before. Jsonb is thread-safe.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The same Jsonb, for readers of our own ({@link StrictJsonReader}) and JSON a page exchanges with its script. */
    public static Jsonb shared() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
