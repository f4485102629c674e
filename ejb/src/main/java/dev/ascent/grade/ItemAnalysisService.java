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
    @Inject
    dev.ascent.identity.CallerService callers;

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
        return compute(cohort.getId(), quiz.getId(), unitKeys.get(0), quiz.getTitle(), quizItems, "",
                " and a.cohortId = :cohort and a.quizId = :quiz",
                Map.of("cohort", cohort.getId(), "quiz", quiz.getId()));
    }

    /**
     * Item analysis of one unit's quiz across all cohorts of a provider, for its admins and
     * platform admins (an instructor gets 403, another provider's admin 404). Across course
     * versions the quiz is the unit with this key in any version of the course, and an item is
     * its item key: attempts of every version count together, and stems and options are shown
     * as the newest version that has the item words them. The result has no cohort id.
     */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN})
    public ItemAnalysis analyseProvider(String providerId, String courseSlug, String unitKey) {
        if (providerId == null || !callers.current().administers(providerId)
                || em.find(dev.ascent.provider.Provider.class, providerId) == null) {
            throw DomainException.notFound("provider", providerId);
        }
        // The course's quizzes for this unit key, newest version first.
        List<Object[]> quizzes = em.createQuery("select q, v.number from Quiz q, Unit u, CourseVersion v, Course c"
                        + " where q.unitId = u.id and u.courseVersionId = v.id and v.courseId = c.id and c.slug = :course"
                        + " and u.unitKey = :unit order by v.number desc", Object[].class)
                .setParameter("course", courseSlug).setParameter("unit", unitKey).getResultList();
        if (quizzes.isEmpty()) {
            throw DomainException.notFound("unit", unitKey);
        }
        List<String> quizIds = quizzes.stream().map(r -> ((Quiz) r[0]).getId()).toList();
        Map<String, QuizItem> byKey = new LinkedHashMap<>();
        for (QuizItem item : em.createQuery("select i from QuizItem i where i.quizId in :quizzes", QuizItem.class)
                .setParameter("quizzes", quizIds).getResultList()) {
            QuizItem kept = byKey.get(item.getItemKey());
            if (kept == null || quizIds.indexOf(item.getQuizId()) < quizIds.indexOf(kept.getQuizId())) {
                byKey.put(item.getItemKey(), item);
            }
        }
        List<QuizItem> quizItems = byKey.values().stream()
                .sorted(java.util.Comparator.comparingInt((QuizItem i) -> quizIds.indexOf(i.getQuizId()))
                        .thenComparingInt(QuizItem::getPosition))
                .toList();
        Quiz newest = (Quiz) quizzes.get(0)[0];
        return compute(null, newest.getId(), unitKey, newest.getTitle(), quizItems, ", Cohort c",
                " and c.id = a.cohortId and c.providerId = :provider and a.quizId in :quizzes",
                Map.of("provider", providerId, "quizzes", quizIds));
    }

    /**
     * The figures from the submitted attempts that {@code from} (more entities after Attempt a)
     * and {@code where} (conditions after the state's) select: two queries.
     */
    private ItemAnalysis compute(String cohortId, String quizId, String unitKey, String title, List<QuizItem> quizItems,
                                 String from, String where, Map<String, Object> parameters) {
        Map<String, Map<String, Double>> credits = new LinkedHashMap<>();
        var attempts = em.createQuery("select a.id, a.itemKeys from Attempt a" + from + " where a.state = :submitted"
                + where + " order by a.id", Object[].class).setParameter("submitted", Attempt.State.SUBMITTED);
        parameters.forEach(attempts::setParameter);
        for (Object[] r : attempts.getResultList()) {
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
        var responses = em.createQuery("select r.attemptId, r.itemKey, r.credit, r.answer from AttemptResponse r, Attempt a"
                        + from + " where r.attemptId = a.id and a.state = :submitted" + where, Object[].class)
                .setParameter("submitted", Attempt.State.SUBMITTED);
        parameters.forEach(responses::setParameter);
        responses.getResultStream().forEach(r -> {
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
        return new ItemAnalysis(cohortId, quizId, unitKey, title, figures.sittings(),
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
