package dev.ascent.quizzes;

/** One problem found in the course files, located by file (relative path) and 1-based line. */
public record ContentProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
