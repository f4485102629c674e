package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.ItemTypeBehaviour;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.DomainException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an answer fits its item before it is stored: it uses the field of the item's type (its
 * {@link ItemTypeBehaviour}), names only the item's own options and prompts, and meets what the
 * type asks besides; all fields empty clears it. Pure.
 */
final class AnswerShape {
    static final int MAX_TEXT = 500;

    private AnswerShape() {
    }

    /** @throws DomainException invalid-answer when the answer does not fit {@code item} (in content ids) */
    static void check(RenderedItem item, Answer answer) {
        ItemType type = item.type();
        ItemTypeBehaviour behaviour = ItemTypeBehaviour.of(type);
        for (Answer.Field field : Answer.Field.values()) {
            if (field.isGiven(answer) && field != behaviour.answerField()) {
                require(false, notTaken(field, type));
            }
        }
        Set<String> options = item.options().stream().map(AuthoredChoice::id).collect(Collectors.toSet());
        if (answer.selected() != null) {
            require(answer.selected().stream().noneMatch(Objects::isNull) && options.containsAll(answer.selected()),
                    "'selected' names an option this item does not have");
            require(new HashSet<>(answer.selected()).size() == answer.selected().size(), "'selected' repeats an option");
        }
        if (answer.pairs() != null) {
            Set<String> prompts = item.prompts().stream().map(AuthoredChoice::id).collect(Collectors.toSet());
            require(prompts.containsAll(answer.pairs().keySet()) && options.containsAll(answer.pairs().values()),
                    "'pairs' names a prompt or an option this item does not have");
        }
        if (answer.number() != null) {
            require(Double.isFinite(answer.number()), "'number' must be finite");
        }
        if (answer.text() != null) {
            require(answer.text().length() <= MAX_TEXT, "'text' is longer than " + MAX_TEXT + " characters");
        }
        String problem = behaviour.shapeProblem(item, answer);
        require(problem == null, problem);
    }

    /** "only matching items take 'pairs'", or where several types take the field, "this numeric item takes no 'selected'". */
    private static String notTaken(Answer.Field field, ItemType type) {
        List<String> takers = Arrays.stream(ItemType.values())
                .filter(t -> ItemTypeBehaviour.of(t).answerField() == field)
                .map(ItemType::yamlName)
                .toList();
        return takers.size() == 1 ? "only " + takers.get(0) + " items take '" + field.jsonName() + "'"
                : "this " + type.yamlName() + " item takes no '" + field.jsonName() + "'";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw DomainException.invalid("invalid-answer", "The answer does not fit the item: " + message);
        }
    }
}
