package dev.ascent.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain was broken by the caller. The web layer turns the kind into an HTTP status
 * and the type into a stable problem type; services never speak HTTP.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, UNAUTHENTICATED, NOT_FOUND, CONFLICT, FORBIDDEN, GONE }

    private final Kind kind;
    private final String type;

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

    public Kind kind() {
        return kind;
    }

    /** Stable, machine-readable name of the problem, e.g. {@code attempt-closed}. */
    public String type() {
        return type;
    }
}
