package dev.ascent.shared;

/** Request bodies that must be present: a missing one is a 400 problem, never a NullPointerException. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T required(T body, String example) {
        if (body == null) {
            throw DomainException.invalid("validation", "Send a JSON body like " + example);
        }
        return body;
    }
}
