package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Short text: {@code text}, compared with the accepted texts and the pattern after normalising. */
final class ShortTextBehaviour implements ItemTypeBehaviour {
    static final ShortTextBehaviour INSTANCE = new ShortTextBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.TEXT;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return credit(item.acceptedTexts(), item.pattern(), answer.text());
    }

    /**
     * Right when the normalised answer equals a normalised accepted text, or when the pattern (if
     * any) matches the whole normalised answer, case-insensitively.
     */
    static double credit(List<String> accepted, String pattern, String text) {
        String given = Grader.normalize(text);
        if (given.isEmpty()) {
            return 0;
        }
        if (accepted.stream().map(Grader::normalize).anyMatch(given::equals)) {
            return 1;
        }
        return pattern != null && matches(pattern, given) ? 1 : 0;
    }

    private static boolean matches(String pattern, String given) {
        try {
            return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(given).matches();
        } catch (PatternSyntaxException e) {
            // The validator rejects bad patterns; a bad one must never fail a submit.
            return false;
        }
    }

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return Answer.ofText(item.acceptedTexts().isEmpty() ? null : item.acceptedTexts().get(0));
    }
}
