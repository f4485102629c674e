package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.DomainException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an answer fits its item before it is stored: it uses the field of the item's type and
 * names only the item's own options and prompts; all fields empty clears it. Pure.
 */
final class AnswerShape {
    static final int MAX_TEXT = 500;

    private AnswerShape() {
    }

    /** @throws DomainException invalid-answer when the answer does not fit {@code item} (in content ids) */
    static void check(RenderedItem item, Answer answer) {
        ItemType type = item.type();
        boolean usesSelected = type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_RESPONSE
                || type == ItemType.ORDERING;
        require(answer.selected() == null || usesSelected, "this " + type.yamlName() + " item takes no 'selected'");
        require(answer.pairs() == null || type == ItemType.MATCHING, "only matching items take 'pairs'");
        require(answer.truth() == null || type == ItemType.TRUE_FALSE, "only true-false items take 'truth'");
        require(answer.number() == null || type == ItemType.NUMERIC, "only numeric items take 'number'");
        require(answer.text() == null || type == ItemType.SHORT_TEXT, "only short-text items take 'text'");
        Set<String> options = item.options().stream().map(AuthoredChoice::id).collect(Collectors.toSet());
        if (answer.selected() != null) {
            require(answer.selected().stream().noneMatch(Objects::isNull) && options.containsAll(answer.selected()),
                    "'selected' names an option this item does not have");
            require(new HashSet<>(answer.selected()).size() == answer.selected().size(), "'selected' repeats an option");
            require(type != ItemType.SINGLE_CHOICE || answer.selected().size() <= 1, "pick at most one option");
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
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw DomainException.invalid("invalid-answer", "The answer does not fit the item: " + message);
        }
    }
}
