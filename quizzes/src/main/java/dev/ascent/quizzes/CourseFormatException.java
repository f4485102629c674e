package dev.ascent.quizzes;

import java.util.List;

/** Thrown by {@link CourseLoader} when the course files have problems; lists all of them. */
public class CourseFormatException extends RuntimeException {
    private final List<Problem> problems;

    public CourseFormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " problem(s) in the course files");
        problems.forEach(p -> sb.append('\n').append(p));
        return sb.toString();
    }
}
