package dev.ascent.grade;

import dev.ascent.attempt.Attempt;
import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.ItemType;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item analysis of a quiz in a cohort, for the same people as the gradebook. Reads the quiz's
 * items, and the cohort's submitted attempts of the quiz with their responses (two queries);
 * an item drawn but not answered counts as no credit.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class ItemAnalysisService {
    static final String METHOD = "corrected point-biserial (item-rest correlation)";
    private static final int STEM_CHARS = 160;

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortService cohorts;

    public ItemAnalysis analyse(String cohortId, String quizId) {
        CohortView view = cohorts.get(cohortId);
        Cohort cohort = em.find(Cohort.class, view.id());
        Quiz quiz = quizId == null ? null : em.find(Quiz.class, quizId);
        List<String> unitKeys = quiz == null ? List.of() : em.createQuery(
                        "select u.unitKey from Unit u where u.id = :unit and u.courseVersionId = :version", String.class)
                .setParameter("unit", quiz.getUnitId())
                .setParameter("version", cohort.getCourseVersionId()).getResultList();
        if (unitKeys.isEmpty()) {
            throw DomainException.notFound("quiz", quizId);
        }
        List<QuizItem> quizItems = em.createQuery("select i from QuizItem i where i.quizId = :quiz order by i.position",
                QuizItem.class).setParameter("quiz", quiz.getId()).getResultList();

        Map<String, Map<String, Double>> credits = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select a.id, a.itemKeys from Attempt a where a.cohortId = :cohort"
                        + " and a.quizId = :quiz and a.state = :submitted order by a.id", Object[].class)
                .setParameter("cohort", cohort.getId()).setParameter("quiz", quiz.getId())
                .setParameter("submitted", Attempt.State.SUBMITTED).getResultList()) {
            Map<String, Double> drawn = new LinkedHashMap<>();
            for (String key : ((String) r[1]).split(",")) {
                if (!key.isBlank()) {
                    drawn.put(key, 0.0);
                }
            }
            credits.put((String) r[0], drawn);
        }
        Map<String, Map<String, Integer>> chosen = new HashMap<>();
        java.util.Set<String> withOptions = new java.util.HashSet<>();
        quizItems.stream().filter(i -> i.getItemType().equals("single-choice") || i.getItemType().equals("multiple-response")
                || i.getItemType().equals("true-false")).forEach(i -> withOptions.add(i.getItemKey()));
        Map<String, Answer> parsed = new HashMap<>(); // the same answer text recurs across learners: parse it once
        em.createQuery("select r.attemptId, r.itemKey, r.credit, r.answer from AttemptResponse r, Attempt a"
                        + " where r.attemptId = a.id and a.cohortId = :cohort and a.quizId = :quiz and a.state = :submitted",
                        Object[].class)
                .setParameter("cohort", cohort.getId()).setParameter("quiz", quiz.getId())
                .setParameter("submitted", Attempt.State.SUBMITTED)
                .getResultStream().forEach(r -> {
                    Map<String, Double> sitting = credits.get((String) r[0]);
                    if (sitting == null) {
                        return;
                    }
                    String itemKey = (String) r[1];
                    sitting.put(itemKey, r[2] == null ? 0.0 : (Double) r[2]);
                    if (!withOptions.contains(itemKey)) {
                        return;
                    }
                    Answer answer = parsed.computeIfAbsent((String) r[3], json -> ItemCodec.fromJson(json, Answer.class));
                    Map<String, Integer> counts = chosen.computeIfAbsent(itemKey, k -> new HashMap<>());
                    if (answer.selected() != null) {
                        answer.selected().forEach(id -> counts.merge(id, 1, Integer::sum));
                    }
                    if (answer.truth() != null) {
                        counts.merge(answer.truth().toString(), 1, Integer::sum);
                    }
                });

        List<ItemStatistics.Sitting> sittings = credits.values().stream().map(ItemStatistics.Sitting::new).toList();
        ItemStatistics.QuizFigures figures = ItemStatistics.of(quizItems.stream().map(QuizItem::getItemKey).toList(),
                sittings);
        Map<String, ItemStatistics.ItemFigures> byKey = new HashMap<>();
        figures.items().forEach(f -> byKey.put(f.itemKey(), f));
        List<ItemAnalysis.ItemRow> rows = new ArrayList<>();
        for (QuizItem quizItem : quizItems) {
            ItemStatistics.ItemFigures f = byKey.get(quizItem.getItemKey());
            if (f == null) {
                continue;
            }
            Item item = quizItem.definition();
            rows.add(new ItemAnalysis.ItemRow(quizItem.getItemKey(), quizItem.getPosition(), quizItem.getItemType(),
                    abbreviate(item.stem()), f.sittings(), f.facility(), f.discrimination(),
                    f.flags().stream().map(Enum::name).toList(),
                    options(item, chosen.getOrDefault(quizItem.getItemKey(), Map.of()))));
        }
        return new ItemAnalysis(cohort.getId(), quiz.getId(), unitKeys.get(0), quiz.getTitle(), figures.sittings(),
                figures.alpha(), METHOD, ItemStatistics.FLAG_MIN_SITTINGS, rows);
    }

    private static List<ItemAnalysis.OptionCount> options(Item item, Map<String, Integer> chosen) {
        if (item.type() == ItemType.TRUE_FALSE) {
            return List.of(
                    new ItemAnalysis.OptionCount("true", "True", Boolean.TRUE.equals(item.answerTrue()), chosen.getOrDefault("true", 0)),
                    new ItemAnalysis.OptionCount("false", "False", Boolean.FALSE.equals(item.answerTrue()), chosen.getOrDefault("false", 0)));
        }
        if (item.type() != ItemType.SINGLE_CHOICE && item.type() != ItemType.MULTIPLE_RESPONSE) {
            return List.of();
        }
        List<ItemAnalysis.OptionCount> options = new ArrayList<>();
        for (AuthoredChoice option : item.options()) {
            // A computed item's key depends on each attempt's draw: no option is the key for all of them.
            boolean correct = item.answerWhen().isEmpty() && item.answerIds().contains(option.id());
            options.add(new ItemAnalysis.OptionCount(option.id(), option.text(), correct, chosen.getOrDefault(option.id(), 0)));
        }
        return options;
    }

    private static String abbreviate(String stem) {
        if (stem == null) {
            return "";
        }
        String flat = stem.replaceAll("\\s+", " ").strip();
        return flat.length() > STEM_CHARS ? flat.substring(0, STEM_CHARS - 1) + "…" : flat;
    }
}
