package dev.ascent.grade;

import dev.ascent.attempt.Attempt;
import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.identity.PersonRef;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.Item;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The responses export of a quiz in a cohort (issue 11, item 7): one row per attempt × drawn
 * item, for the same staff as the gradebook. Attempts are read {@value #PAGE} at a time (keyset
 * by attempt id) with their responses, written and flushed, so no more than one page is held;
 * the roster (a name and email per learner) is read once.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class ResponsesExportService {
    static final int PAGE = 500;
    static final List<String> HEADER = List.of("external_id", "name", "email", "attempt_number", "attempt_state",
            "started_at", "submitted_at", "item_position", "item_key", "item_type", "answer", "correct", "credit",
            "answered_at");

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortService cohorts;

    /** What an export is about; checks that the caller may see it before anything is streamed. */
    public record Target(String cohortId, String cohortName, String quizId, String unitKey) {
    }

    public Target target(String cohortId, String quizId) {
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
        return new Target(cohort.getId(), view.name(), quiz.getId(), unitKeys.get(0));
    }

    private record Learner(String externalId, String name, String email) {
    }

    public void export(String cohortId, String quizId, ExportFormat format, OutputStream out) throws IOException {
        Target target = target(cohortId, quizId);
        Map<String, Item> items = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (QuizItem quizItem : em.createQuery("select i from QuizItem i where i.quizId = :quiz", QuizItem.class)
                .setParameter("quiz", target.quizId()).getResultList()) {
            items.put(quizItem.getItemKey(), quizItem.definition());
            positions.put(quizItem.getItemKey(), quizItem.getPosition());
            types.put(quizItem.getItemKey(), quizItem.getItemType());
        }
        Map<String, Learner> roster = new HashMap<>();
        em.createQuery("select e.personId, e.externalId, e.name, p.email from Enrollment e, Person p"
                        + " where p.id = e.personId and e.cohortId = :cohort", Object[].class)
                .setParameter("cohort", target.cohortId()).getResultStream()
                .forEach(r -> roster.put((String) r[0], new Learner((String) r[1],
                        new PersonRef((String) r[0], (String) r[3], null).withEnteredName((String) r[2]).name(),
                        (String) r[3])));
        em.clear();
        Map<String, String> readable = new HashMap<>(); // the same answer text recurs across learners
        try (ExportWriter writer = ExportWriter.of(format, out, target.unitKey() + " responses")) {
            writer.row(new ArrayList<>(HEADER));
            String after = "";
            while (true) {
                List<Object[]> attempts = em.createQuery("select a.id, a.personId, a.number, a.state, a.startedAt,"
                                + " a.submittedAt, a.itemKeys from Attempt a where a.cohortId = :cohort and a.quizId = :quiz"
                                + " and a.id > :after order by a.id", Object[].class)
                        .setParameter("cohort", target.cohortId()).setParameter("quiz", target.quizId())
                        .setParameter("after", after).setMaxResults(PAGE).getResultList();
                if (attempts.isEmpty()) {
                    break;
                }
                List<String> ids = attempts.stream().map(r -> (String) r[0]).toList();
                Map<String, Map<String, Object[]>> responses = new HashMap<>();
                em.createQuery("select r.attemptId, r.itemKey, r.answer, r.credit, r.savedAt from AttemptResponse r"
                                + " where r.attemptId in :ids", Object[].class)
                        .setParameter("ids", ids).getResultStream()
                        .forEach(r -> responses.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], r));
                for (Object[] a : attempts) {
                    Learner learner = roster.getOrDefault((String) a[1], new Learner(null, null, null));
                    Attempt.State state = (Attempt.State) a[3];
                    Map<String, Object[]> given = responses.getOrDefault((String) a[0], Map.of());
                    for (String itemKey : ((String) a[6]).split(",")) {
                        if (itemKey.isBlank()) {
                            continue;
                        }
                        Object[] response = given.get(itemKey);
                        Item item = items.get(itemKey);
                        // As item analysis counts it: in a submitted attempt, an item without credit scored 0.
                        Double credit = response != null && response[3] != null ? (Double) response[3]
                                : state == Attempt.State.SUBMITTED ? Double.valueOf(0) : null;
                        List<Object> cells = new ArrayList<>(HEADER.size());
                        cells.add(ExportWriter.text(learner.externalId()));
                        cells.add(ExportWriter.text(learner.name()));
                        cells.add(ExportWriter.text(learner.email()));
                        cells.add(a[2]);
                        cells.add(state.name());
                        cells.add(a[4] == null ? null : a[4].toString());
                        cells.add(a[5] == null ? null : a[5].toString());
                        cells.add(positions.get(itemKey));
                        cells.add(itemKey);
                        cells.add(types.get(itemKey));
                        cells.add(response == null ? null : ExportWriter.text(readable.computeIfAbsent(itemKey + "\u0000" + response[2],
                                k -> readable(item, (String) response[2]))));
                        cells.add(credit == null ? null : credit >= 1 - 1e-9 ? "yes" : credit > 1e-9 ? "partly" : "no");
                        cells.add(credit);
                        cells.add(response == null ? null : response[4].toString());
                        writer.row(cells);
                    }
                }
                writer.flush();
                after = (String) attempts.get(attempts.size() - 1)[0];
                em.clear();
                if (readable.size() > 20_000) {
                    readable.clear();
                }
            }
        }
    }

    /**
     * An answer as a person reads it: the chosen options' texts (in the learner's order for
     * ordering items, separated by " > "; otherwise by "; "), "prompt = option" pairs for
     * matching, True or False, the number, or the text typed. Options of computed items keep
     * their placeholders as authored.
     */
    static String readable(Item item, String json) {
        Answer answer;
        try {
            answer = ItemCodec.fromJson(json, Answer.class);
        } catch (RuntimeException e) {
            return json;
        }
        if (answer == null) {
            return "";
        }
        Map<String, String> options = item == null || item.options() == null ? Map.of()
                : item.options().stream().collect(Collectors.toMap(AuthoredChoice::id, AuthoredChoice::text, (x, y) -> x));
        Map<String, String> prompts = item == null || item.prompts() == null ? Map.of()
                : item.prompts().stream().collect(Collectors.toMap(AuthoredChoice::id, AuthoredChoice::text, (x, y) -> x));
        if (answer.selected() != null) {
            String separator = item != null && item.type() == dev.ascent.quizzes.ItemType.ORDERING ? " > " : "; ";
            return answer.selected().stream().map(id -> options.getOrDefault(id, id)).collect(Collectors.joining(separator));
        }
        if (answer.pairs() != null) {
            return answer.pairs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> prompts.getOrDefault(e.getKey(), e.getKey()) + " = " + options.getOrDefault(e.getValue(), e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        if (answer.truth() != null) {
            return answer.truth() ? "True" : "False";
        }
        if (answer.number() != null) {
            double n = answer.number();
            return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
        }
        return answer.text() == null ? "" : answer.text();
    }
}
