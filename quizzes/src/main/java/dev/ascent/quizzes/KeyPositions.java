package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Answer keys must not be guessable from where the options sit. A cohort may turn option
 * shuffling off, and then the options are shown in the order written: if most keys are the first
 * option, "always pick the first" scores. Checked over the published course (part of the
 * {@link PublishingStandards}):
 * <ul>
 *   <li>single-choice items with a fixed {@code answer} (computed ones pick theirs per draw): with at
 *       least {@value #MIN_ITEMS} of them, no one position may hold more than half of the keys;</li>
 *   <li>multiple-response items: with at least {@value #MIN_ITEMS}, no more than half may be keyed
 *       to exactly their leading options;</li>
 *   <li>every matching item: the key must not pair each prompt with the option in the same place,
 *       by position or by id order.</li>
 * </ul>
 */
public final class KeyPositions {
    static final int MIN_ITEMS = 8;

    private KeyPositions() {
    }

    public static List<ContentProblem> check(CourseContent course, String courseDisplay) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Item> items = course.units().stream().flatMap(u -> u.items().stream()).toList();
        String courseFile = courseDisplay + "/course.yaml";

        Map<Integer, Integer> byPosition = new TreeMap<>();
        items.stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE && i.answerWhen().isEmpty())
                .forEach(i -> byPosition.merge(position(i, i.answerIds().get(0)), 1, Integer::sum));
        int singles = byPosition.values().stream().mapToInt(Integer::intValue).sum();
        byPosition.forEach((position, count) -> {
            if (singles >= MIN_ITEMS && 2 * count > singles) {
                problems.add(new ContentProblem(courseFile, 1, count + " of " + singles + " single-choice items are keyed to the "
                        + ordinal(position) + " option (keys by position: " + byPosition.entrySet().stream()
                        .map(e -> ordinal(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))
                        + "); re-order the options so that the keys spread over the positions"));
            }
        });

        List<Item> multiples = items.stream().filter(i -> i.type() == ItemType.MULTIPLE_RESPONSE).toList();
        long leading = multiples.stream().filter(KeyPositions::keyedToLeadingOptions).count();
        if (multiples.size() >= MIN_ITEMS && 2 * leading > multiples.size()) {
            problems.add(new ContentProblem(courseFile, 1, leading + " of " + multiples.size()
                    + " multiple-response items are keyed to exactly their first options; re-order the options so that"
                    + " the correct ones are not all listed first"));
        }

        for (UnitContent unit : course.units()) {
            for (Item item : unit.items()) {
                if (item.type() == ItemType.MATCHING && pairsInPlace(item)) {
                    problems.add(new ContentProblem(courseDisplay + "/units/" + unit.folder() + "/items.yaml", item.line(),
                            "the matching key pairs each prompt with the option in the same place (prompt 1 with"
                                    + " option 1, ...); re-order the options"));
                }
            }
        }
        return problems;
    }

    private static boolean keyedToLeadingOptions(Item item) {
        int k = item.answerIds().size();
        return item.options().subList(0, Math.min(k, item.options().size())).stream()
                .allMatch(o -> item.answerIds().contains(o.id()));
    }

    /** Prompt n keyed to the n-th option as listed, or to the n-th smallest option id, for every prompt. */
    private static boolean pairsInPlace(Item item) {
        List<String> ids = item.options().stream().map(AuthoredChoice::id).toList();
        List<String> sortedIds = ids.stream().sorted().toList();
        boolean byPosition = true;
        boolean byIdOrder = true;
        for (int n = 0; n < item.prompts().size(); n++) {
            String key = item.answerPairs().get(item.prompts().get(n).id());
            byPosition &= n < ids.size() && ids.get(n).equals(key);
            byIdOrder &= n < sortedIds.size() && sortedIds.get(n).equals(key);
        }
        return !item.prompts().isEmpty() && (byPosition || byIdOrder);
    }

    private static int position(Item item, String optionId) {
        for (int p = 0; p < item.options().size(); p++) {
            if (item.options().get(p).id().equals(optionId)) {
                return p;
            }
        }
        throw new IllegalStateException(item.id() + ": answer " + optionId + " is not an option"); // the loader checked it
    }

    private static String ordinal(int position) {
        return switch (position) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            case 3 -> "fourth";
            case 4 -> "fifth";
            default -> (position + 1) + "th";
        };
    }
}
