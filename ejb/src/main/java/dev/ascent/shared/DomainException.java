package dev.ascent.shared;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain was broken by the caller. The web layer turns the kind into an HTTP status
 * and the type into a stable problem type; services never speak HTTP.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, UNAUTHENTICATED, NOT_FOUND, CONFLICT, FORBIDDEN, GONE }

    private final Kind kind;
    private final String type;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public DomainException(Kind kind, String type, String detail) {
        super(detail);
        this.kind = kind;
        this.type = type;
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, "not-found", what + " '" + id + "' does not exist");
    }

    public static DomainException invalid(String type, String detail) {
        return new DomainException(Kind.INVALID, type, detail);
    }

    public static DomainException conflict(String type, String detail) {
        return new DomainException(Kind.CONFLICT, type, detail);
    }

    public static DomainException forbidden(String type, String detail) {
        return new DomainException(Kind.FORBIDDEN, type, detail);
    }

    /** Adds a member for the client to act on, e.g. the current revision of a stale save. */
    public DomainException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /** Extra members of the problem (RFC 9457 extension members), in the order added. */
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable, machine-readable name of the problem, e.g. {@code attempt-closed}. */
    public String type() {
        return type;
    }
}
