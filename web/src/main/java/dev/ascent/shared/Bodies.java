package dev.ascent.shared;

/** Request bodies: a missing one is a 400 problem, never a NullPointerException; a huge one is a 413. */
public final class Bodies {
    /** JSON bodies are small (the largest is a short-text answer of 500 characters). */
    public static final long MAX_JSON_BYTES = 1L << 20;
    /** Other bodies: a roster CSV of up to 2,000,000 characters, 4 bytes each at most in UTF-8. */
    public static final long MAX_OTHER_BYTES = 8L << 20;

    private Bodies() {
    }

    public static <T> T required(T body, String example) {
        if (body == null) {
            throw DomainException.invalid("validation", "Send a JSON body like " + example);
        }
        return body;
    }

    /** A body over its limit: answered 413, read no further. */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        public TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
