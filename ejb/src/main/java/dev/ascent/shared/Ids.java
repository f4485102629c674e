package dev.ascent.shared;

import java.util.UUID;

/** Entity ids are random UUIDs made by the application: portable across databases, not guessable. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
