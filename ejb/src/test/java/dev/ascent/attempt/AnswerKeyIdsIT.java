package dev.ascent.attempt;

import dev.ascent.quizzes.AuthoredChoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.identity.Roles;
import dev.ascent.identity.TestPeople;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quiz.ReviewWhen;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ids a learner receives say nothing about the key. The content's own ids are short letters
 * ("a", "b", ...; the build keeps their keys spread over the positions, see KeyPositions), and a
 * known content id or its place would still be a hint. Each attempt shows its own opaque ids and
 * shuffles each item on its own, so no strategy (always "a", the smallest or largest id, the
 * first or last listed, where a known key of the same attempt sat, pairing by rank) does better
 * than chance, while grading and review keep working in the attempt's ids.
 */
@ExtendWith(ArquillianExtension.class)
class AnswerKeyIdsIT {
    private static final int ATTEMPTS = 200;
    /** Unit 6: seven single-choice items and two matching items. */
    private static final int UNIT = 6;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    AttemptService attempts;
    @Inject
    TestPeople people;
    @Inject
    CourseService courses;
    @Inject
    AttemptFixtures fixtures;
    @Inject
    QuizSettingsService settings;

    String learner;
    String cohort;
    String instructor;

    @BeforeEach
    void everyItemUnlimitedAttemptsAndFullReview() {
        cohort = fixtures.cohort();
        learner = people.learner("Learner").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
        instructor = people.learner("Instructor").getId();
        fixtures.instruct(cohort, instructor);
        int pool = Identities.as(instructor, Set.of(Roles.USER, Roles.INSTRUCTOR),
                () -> settings.get(cohort, AttemptTesting.unitKey(UNIT)).poolSize());
        ReviewPolicy all = new ReviewPolicy(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY,
                ReviewWhen.IMMEDIATELY);
        AttemptTesting.override(settings, instructor, cohort, UNIT,
                new SettingsOverride(pool, null, null, 0, null, null, null, null, null, all));
    }

    @Test
    void across_200_attempts_no_id_strategy_finds_the_key_more_often_than_chance() {
        Odds firstListed = new Odds();
        Odds lastListed = new Odds();
        Odds smallestId = new Odds();
        Odds largestId = new Odds();
        Odds contentIdA = new Odds();
        Odds whereTheKnownKeySat = new Odds();
        Odds pairByRank = new Odds();
        Odds pairByPosition = new Odds();
        Map<String, Set<String>> keyIdsByItem = new HashMap<>();
        Map<String, Set<String>> optionIdsByItem = new HashMap<>();
        int singleChoiceItems = 0;
        int matchingItems = 0;
        List<String> problems = new ArrayList<>();

        for (int n = 0; n < ATTEMPTS; n++) {
            AttemptViews.Sheet sheet = Identities.as(learner, () -> attempts.start(quiz(), null).sheet());
            assertEquals(n + 1, sheet.number());
            AttemptViews.Result result = Identities.as(learner, () -> attempts.submit(sheet.id()));
            Map<String, AttemptViews.ItemReview> reviews = result.items().stream()
                    .collect(Collectors.toMap(AttemptViews.ItemReview::itemId, Function.identity()));
            Map<String, RenderedItem> content = fixtures.rendered(sheet.id()).stream()
                    .collect(Collectors.toMap(RenderedItem::itemId, Function.identity()));
            Integer knownKeyAt = null;
            for (AttemptViews.PresentedItem item : sheet.items()) {
                List<String> options = item.options().stream().map(AttemptViews.Choice::id).toList();
                Answer key = reviews.get(item.id()).correctAnswer();
                if (!List.of("single-choice", "matching").contains(item.type())) {
                    continue;
                }
                for (String option : options) {
                    if (!optionIdsByItem.computeIfAbsent(item.id(), k -> new HashSet<>()).add(option)) {
                        problems.add("option id " + option + " of " + item.id() + " came back in another attempt");
                    }
                }
                Set<String> contentIds = content.get(item.id()).options().stream()
                        .map(AuthoredChoice::id).collect(Collectors.toSet());
                if (options.stream().anyMatch(contentIds::contains)) {
                    problems.add(item.id() + " shows content ids: " + options);
                }
                List<String> sorted = options.stream().sorted().toList();
                double chance = 1.0 / options.size();
                if (item.type().equals("single-choice")) {
                    singleChoiceItems++;
                    String right = key.selected().get(0);
                    assertTrue(options.contains(right), "the key names one of the options shown: " + key);
                    keyIdsByItem.computeIfAbsent(item.id(), k -> new HashSet<>()).add(right);
                    firstListed.add(options.get(0).equals(right), chance);
                    lastListed.add(options.get(options.size() - 1).equals(right), chance);
                    smallestId.add(sorted.get(0).equals(right), chance);
                    largestId.add(sorted.get(sorted.size() - 1).equals(right), chance);
                    contentIdA.add("a".equals(right), chance);
                    // A learner who knows one answer sees where its option sits; the others must not follow it.
                    if (knownKeyAt == null) {
                        knownKeyAt = options.indexOf(right);
                    } else {
                        whereTheKnownKeySat.add(options.indexOf(right) == knownKeyAt, chance);
                    }
                } else {
                    matchingItems++;
                    List<String> prompts = item.prompts().stream().map(AttemptViews.Choice::id).toList();
                    assertEquals(Set.copyOf(prompts), key.pairs().keySet(), "the key names the attempt's prompts");
                    assertTrue(options.containsAll(key.pairs().values()));
                    List<String> sortedPrompts = prompts.stream().sorted().toList();
                    for (int p = 0; p < prompts.size(); p++) {
                        pairByRank.add(sorted.get(p % sorted.size()).equals(key.pairs().get(sortedPrompts.get(p))), chance);
                        pairByPosition.add(options.get(p % options.size()).equals(key.pairs().get(prompts.get(p))), chance);
                    }
                }
            }
        }
        assertTrue(singleChoiceItems >= 5 * ATTEMPTS && matchingItems >= ATTEMPTS,
                singleChoiceItems + " single-choice and " + matchingItems + " matching items seen");
        firstListed.assertChance("the first listed option");
        lastListed.assertChance("the last listed option");
        smallestId.assertChance("the smallest option id");
        largestId.assertChance("the largest option id");
        contentIdA.assertChance("option id \"a\"");
        whereTheKnownKeySat.assertChance("the place where the attempt's first key sat");
        pairByRank.assertChance("prompt n with option n by id order");
        pairByPosition.assertChance("prompt n with option n as listed");
        // Every attempt drew every item, and each item's key had a different id every time.
        keyIdsByItem.forEach((item, ids) -> assertEquals(ATTEMPTS, ids.size(), item + ": key ids repeat"));
        assertEquals(List.of(), problems.stream().limit(10).toList(), problems.size() + " problems");
    }

    @Test
    void the_key_in_the_attempt_ids_scores_full_marks_and_saves_and_reviews_come_back_in_them() {
        Identities.run(learner, () -> {
            for (int n = 0; n < 3; n++) {
                AttemptViews.Sheet sheet = attempts.start(quiz(), null).sheet();
                Map<String, RenderedItem> content = fixtures.rendered(sheet.id()).stream()
                        .collect(Collectors.toMap(RenderedItem::itemId, Function.identity()));
                List<AttemptViews.PresentedItem> choices = sheet.items().stream()
                        .filter(i -> i.type().equals("single-choice")).toList();
                AttemptViews.PresentedItem right = choices.get(0);
                AttemptViews.PresentedItem wrong = choices.get(1);
                AttemptViews.PresentedItem guessed = choices.get(2);
                AttemptViews.PresentedItem matching = sheet.items().stream()
                        .filter(i -> i.type().equals("matching")).findFirst().orElseThrow();

                Answer key = fixtures.rightAnswer(sheet.id(), content.get(right.id()));
                attempts.save(sheet.id(), right.id(), key, 0);
                Answer wrongPick = Answer.choice(wrong.options().stream().map(AttemptViews.Choice::id)
                        .filter(id -> !fixtures.rightAnswer(sheet.id(), content.get(wrong.id())).selected().contains(id))
                        .findFirst().orElseThrow());
                attempts.save(sheet.id(), wrong.id(), wrongPick, 0);
                Answer pairs = fixtures.rightAnswer(sheet.id(), content.get(matching.id()));
                attempts.save(sheet.id(), matching.id(), pairs, 0);
                // The content's ids are not this attempt's: refused, nothing stored.
                String contentKey = content.get(guessed.id()).correctIds().get(0);
                assertEquals("invalid-answer", assertThrows(DomainException.class,
                        () -> attempts.save(sheet.id(), guessed.id(), Answer.choice(contentKey), 0)).type());
                Map<String, String> contentPairs = content.get(matching.id()).correctPairs();
                assertEquals("invalid-answer", assertThrows(DomainException.class,
                        () -> attempts.save(sheet.id(), matching.id(), Answer.ofPairs(contentPairs), 1)).type());

                AttemptViews.Sheet resumed = attempts.get(sheet.id());
                assertEquals(key, resumed.responses().get(right.id()).answer(), "saved answers come back as sent");
                assertEquals(pairs, resumed.responses().get(matching.id()).answer());
                assertFalse(resumed.responses().containsKey(guessed.id()));

                AttemptViews.Result result = attempts.submit(sheet.id());
                assertEquals(2.0, result.score(), 1e-9, "the right choice and the right pairs, nothing else");
                Map<String, AttemptViews.ItemReview> reviews = result.items().stream()
                        .collect(Collectors.toMap(AttemptViews.ItemReview::itemId, Function.identity()));
                assertEquals("CORRECT", reviews.get(right.id()).outcome());
                assertEquals(1.0, reviews.get(right.id()).credit(), 1e-9);
                assertEquals("INCORRECT", reviews.get(wrong.id()).outcome());
                assertEquals(0.0, reviews.get(wrong.id()).credit(), 1e-9);
                assertEquals("CORRECT", reviews.get(matching.id()).outcome());
                assertEquals(key, reviews.get(right.id()).correctAnswer(), "the key in the attempt's ids");
                assertEquals(pairs, reviews.get(matching.id()).correctAnswer());
                assertNotEquals(Answer.choice(contentKey), reviews.get(guessed.id()).correctAnswer());
                AttemptViews.Feedback feedback = reviews.get(wrong.id()).feedback();
                assertNotNull(feedback);
                Set<String> shown = wrong.options().stream().map(AttemptViews.Choice::id).collect(Collectors.toSet());
                assertTrue(feedback.options().stream().allMatch(f -> shown.contains(f.id())),
                        "option feedback names the attempt's ids: " + feedback.options());
                assertEquals(wrongPick, attempts.get(sheet.id()).responses().get(wrong.id()).answer());
            }
        });
    }

    @Test
    void with_options_in_the_order_written_their_place_does_not_give_the_keys_away() {
        // A cohort may turn option shuffling off; then the content's own order is what learners see.
        Odds firstListed = new Odds();
        List<String> inPlace = new ArrayList<>();
        int units = courses.outline("ml-engineer").units().size();
        for (int unit = 1; unit <= units; unit++) {
            int u = unit;
            int pool = Identities.as(instructor, Set.of(Roles.USER, Roles.INSTRUCTOR),
                    () -> settings.get(cohort, AttemptTesting.unitKey(u)).poolSize());
            AttemptTesting.override(settings, instructor, cohort, unit, new SettingsOverride(pool, false, false, 0, null,
                    null, null, null, null, new ReviewPolicy(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY,
                    ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY)));
            String quiz = AttemptTesting.quizOfUnit(courses, unit);
            AttemptViews.Sheet sheet = Identities.as(learner, () -> attempts.start(quiz, null).sheet());
            AttemptViews.Result result = Identities.as(learner, () -> attempts.submit(sheet.id()));
            Map<String, Answer> keys = result.items().stream()
                    .collect(Collectors.toMap(AttemptViews.ItemReview::itemId, AttemptViews.ItemReview::correctAnswer));
            for (AttemptViews.PresentedItem item : sheet.items()) {
                List<String> options = item.options().stream().map(AttemptViews.Choice::id).toList();
                Answer key = keys.get(item.id());
                switch (item.type()) {
                    case "single-choice" -> firstListed.add(options.get(0).equals(key.selected().get(0)),
                            1.0 / options.size());
                    case "multiple-response" -> {
                        if (Set.copyOf(options.subList(0, key.selected().size())).equals(Set.copyOf(key.selected()))) {
                            inPlace.add(item.id() + " is keyed to its first options");
                        }
                    }
                    case "matching" -> {
                        List<String> prompts = item.prompts().stream().map(AttemptViews.Choice::id).toList();
                        boolean identity = true;
                        for (int p = 0; p < prompts.size(); p++) {
                            identity &= options.get(p).equals(key.pairs().get(prompts.get(p)));
                        }
                        if (identity) {
                            inPlace.add(item.id() + " pairs prompt n with option n");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        assertTrue(firstListed.count() >= 40, firstListed.count() + " single-choice items seen");
        firstListed.assertChance("the first option as written");
        assertEquals(List.of(), inPlace);
    }

    private String quiz() {
        return AttemptTesting.quizOfUnit(courses, UNIT);
    }

    /** Hits of one guessing strategy against what chance gives it (a sum of Bernoulli trials). */
    private static final class Odds {
        private final List<Double> chances = new ArrayList<>();
        private int hits;

        int count() {
            return chances.size();
        }

        void add(boolean hit, double chance) {
            chances.add(chance);
            hits += hit ? 1 : 0;
        }

        /** No better than chance plus five standard deviations (a false alarm about once in 3.5 million runs). */
        void assertChance(String strategy) {
            double mean = chances.stream().mapToDouble(Double::doubleValue).sum();
            double sd = Math.sqrt(chances.stream().mapToDouble(p -> p * (1 - p)).sum());
            assertTrue(hits <= mean + 5 * sd, () -> "guessing " + strategy + " found the key " + hits + " times in "
                    + chances.size() + "; chance gives " + Math.round(mean) + " ± " + Math.round(sd));
        }
    }
}
