package dev.ascent.quizzes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer key of one item as its type's reader found it: the parts its type uses, the rest empty. */
final class AnswerKey {
    List<String> ids = List.of();
    Map<String, String> pairs = Map.of();
    Boolean isTrue;
    /** Numeric: the answer, which may be computed from the item's params. */
    Formula formula;
    Tolerance tolerance;
    String unitLabel;
    List<String> texts = List.of();
    String pattern;
    /** Single choice: option id to the condition that makes it the answer, as written and parsed. */
    Map<String, String> whenText = new LinkedHashMap<>();
    Map<String, Formula> when = new LinkedHashMap<>();
}
