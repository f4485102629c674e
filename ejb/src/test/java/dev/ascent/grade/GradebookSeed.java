package dev.ascent.grade;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct SQL for big test cohorts: learners, enrollments and submitted attempts in one transaction. */
@Stateless
@PermitAll
public class GradebookSeed {
    @PersistenceContext
    EntityManager em;

    /**
     * {@code learners} new people enrolled ACTIVE, each with a submitted attempt at every quiz
     * (score = (learner index + quiz index) mod 11 of 10) and, for every third, a second one.
     * @return the person ids
     */
    public List<String> learners(String cohortId, List<String> quizIds, int learners, String label) {
        Timestamp now = Timestamp.from(Instant.now());
        List<String> ids = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < learners; i++) {
            String person = UUID.randomUUID().toString();
            ids.add(person);
            em.createNativeQuery("insert into person (id, email, name, platform_admin, failed_logins, created_at)"
                            + " values (?1, ?2, ?3, false, 0, ?4)")
                    .setParameter(1, person).setParameter(2, label + "-" + i + "-" + run + "@seed.example.org")
                    .setParameter(3, label + " " + i).setParameter(4, now).executeUpdate();
            em.createNativeQuery("insert into enrollment (id, cohort_id, person_id, status, invited_at, activated_at,"
                            + " external_id, name) values (?1, ?2, ?3, 'ACTIVE', ?4, ?4, ?5, ?6)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, cohortId).setParameter(3, person)
                    .setParameter(4, now).setParameter(5, "S-" + i).setParameter(6, label + " " + i).executeUpdate();
            for (int q = 0; q < quizIds.size(); q++) {
                int attempts = i % 3 == 0 ? 2 : 1;
                for (int n = 1; n <= attempts; n++) {
                    attempt(quizIds.get(q), person, cohortId, n, "SUBMITTED", (double) ((i + q + n) % 11), now);
                }
            }
        }
        return ids;
    }

    public String attempt(String quizId, String personId, String cohortId, int number, String state, Double score,
                          Timestamp at) {
        String id = UUID.randomUUID().toString();
        // An open attempt has no submission, score or maximum: written as SQL nulls, since PostgreSQL
        // refuses an untyped null parameter for a timestamp column.
        String submitted = score == null ? "null, null, null" : "?7, ?8, ?9";
        var insert = em.createNativeQuery("insert into attempt (id, quiz_id, person_id, cohort_id, seed, state, item_keys,"
                        + " started_at, submitted_at, score, max_score, row_version, attempt_number)"
                        + " values (?1, ?2, ?3, ?4, 1, ?5, ?11, ?6, " + submitted + ", 1, ?10)")
                .setParameter(11, firstItemKey(quizId)).setParameter(1, id).setParameter(2, quizId)
                .setParameter(3, personId).setParameter(4, cohortId).setParameter(5, state).setParameter(6, at)
                .setParameter(10, number);
        if (score != null) {
            insert.setParameter(7, at).setParameter(8, score).setParameter(9, 10.0);
        }
        insert.executeUpdate();
        return id;
    }

    /** A real item of the quiz, so that whoever reads the attempt's sheet (My learning's review) finds it. */
    private String firstItemKey(String quizId) {
        return firstItemKeys.computeIfAbsent(quizId, quiz -> (String) em.createNativeQuery(
                        "select item_key from quiz_item where quiz_id = ?1 order by position")
                .setParameter(1, quiz).setMaxResults(1).getSingleResult());
    }

    private final java.util.Map<String, String> firstItemKeys = new java.util.HashMap<>();

    /** A submitted attempt that drew the given items, with a response (credit, answer JSON) per answered item. */
    public String scoredAttempt(String quizId, String personId, String cohortId, int number, List<String> drawn,
                                List<Object[]> keyCreditAnswer) {
        Timestamp now = Timestamp.from(Instant.now());
        String id = UUID.randomUUID().toString();
        double score = keyCreditAnswer.stream().mapToDouble(r -> (Double) r[1]).sum();
        em.createNativeQuery("insert into attempt (id, quiz_id, person_id, cohort_id, seed, state, item_keys, started_at,"
                        + " submitted_at, score, max_score, row_version, attempt_number)"
                        + " values (?1, ?2, ?3, ?4, 1, 'SUBMITTED', ?5, ?6, ?6, ?7, ?8, 1, ?9)")
                .setParameter(1, id).setParameter(2, quizId).setParameter(3, personId).setParameter(4, cohortId)
                .setParameter(5, String.join(",", drawn)).setParameter(6, now).setParameter(7, score)
                .setParameter(8, (double) drawn.size()).setParameter(9, number).executeUpdate();
        for (Object[] r : keyCreditAnswer) {
            em.createNativeQuery("insert into attempt_response (id, attempt_id, item_key, answer, revision, saved_at, credit)"
                            + " values (?1, ?2, ?3, ?4, 1, ?5, ?6)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, id).setParameter(3, r[0])
                    .setParameter(4, r[2]).setParameter(5, now).setParameter(6, r[1]).executeUpdate();
        }
        return id;
    }

    /** The quiz's single-choice items (not computed), in position order. */
    public List<dev.ascent.quizzes.Item> singleChoiceItems(String quizId) {
        return em.createQuery("select i from QuizItem i where i.quizId = :quiz and i.itemType = 'single-choice'"
                        + " order by i.position", dev.ascent.quiz.QuizItem.class)
                .setParameter("quiz", quizId).getResultStream().map(dev.ascent.quiz.QuizItem::definition)
                .filter(item -> item.answerWhen().isEmpty()).toList();
    }
}
