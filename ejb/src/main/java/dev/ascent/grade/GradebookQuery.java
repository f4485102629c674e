package dev.ascent.grade;

import dev.ascent.shared.DomainException;
import java.util.Locale;
import java.util.Set;

/**
 * What one gradebook page asks for. {@code status}: an enrollment status; {@code unit} with
 * {@code state}: learners in that state at that unit ({@code state} alone: at any unit);
 * {@code q}: part of the name, email or external id; {@code sort}: name, email, externalId,
 * status, progress, lastActivity, a unit key (its grade) or a unit key with ".attempts", with a
 * leading "-" for descending. {@code page} counts from 0.
 */
public record GradebookQuery(int page, int size, String status, String unit, String state, String q, String sort) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    static final Set<String> STATUSES = Set.of("INVITED", "ACTIVE", "COMPLETED", "WITHDRAWN");
    static final Set<String> FIELDS = Set.of("name", "email", "externalId", "status", "progress", "lastActivity");

    public GradebookQuery {
        if (page < 0) {
            throw DomainException.invalid("validation", "page counts from 0");
        }
        if (size == 0) {
            size = DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("validation", "size must be between 1 and " + MAX_SIZE);
        }
        status = blankToNull(status);
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                throw DomainException.invalid("validation", "status must be one of " + STATUSES);
            }
        }
        unit = blankToNull(unit);
        state = blankToNull(state);
        if (state != null) {
            state = state.toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                Gradebook.State.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("validation", "state must be not_started, in_progress, passed or failed");
            }
        }
        q = blankToNull(q);
        if (q != null && q.length() > 200) {
            throw DomainException.invalid("validation", "q is at most 200 characters");
        }
        sort = blankToNull(sort) == null ? "name" : sort.strip();
    }

    public static GradebookQuery first(int size) {
        return new GradebookQuery(0, size, null, null, null, null, null);
    }

    public GradebookQuery withPage(int newPage) {
        return new GradebookQuery(newPage, size, status, unit, state, q, sort);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
