package dev.ascent.quizzes;

import java.util.List;

/** Thrown by {@link CourseLoader} when the course files have problems; lists all of them. */
public class CourseFormatException extends RuntimeException {
    private final List<ContentProblem> problems;

    public CourseFormatException(List<ContentProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String summary(List<ContentProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " problem(s) in the course files");
        problems.forEach(p -> sb.append('\n').append(p));
        return sb.toString();
    }
}
