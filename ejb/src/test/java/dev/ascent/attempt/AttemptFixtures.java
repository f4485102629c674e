package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Test data for attempts: providers, cohorts, enrollments and roles, written with plain SQL (the
 * cohort feature's entities live on another branch), and what the server knows about an attempt.
 */
@Stateless
@PermitAll
public class AttemptFixtures {
    @PersistenceContext
    EntityManager em;

    /** A new provider with a new cohort on the current version of the bundled course. */
    public String cohort() {
        String provider = Ids.newId();
        em.createNativeQuery("insert into provider (id, slug, name, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, provider).setParameter(2, "p-" + provider).setParameter(3, "Provider " + provider)
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
        return cohortOf(provider);
    }

    /** Another cohort of the same provider. */
    public String cohortOf(String providerId) {
        String cohort = Ids.newId();
        String version = (String) em.createNativeQuery("select current_version_id from course where slug = 'ml-engineer'")
                .getSingleResult();
        em.createNativeQuery("insert into cohort (id, provider_id, name, course_version_id, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, cohort).setParameter(2, providerId).setParameter(3, "Cohort " + cohort)
                .setParameter(4, version).setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
        return cohort;
    }

    public String providerOf(String cohortId) {
        return (String) em.createNativeQuery("select provider_id from cohort where id = ?1").setParameter(1, cohortId)
                .getSingleResult();
    }

    public void enroll(String cohortId, String personId, String status) {
        em.createNativeQuery("insert into enrollment (id, cohort_id, person_id, status, activated_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Ids.newId()).setParameter(2, cohortId).setParameter(3, personId)
                .setParameter(4, status).setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** The enrollment's status now, then its history as "STATUS via" in order. */
    @SuppressWarnings("unchecked")
    public List<String> enrollmentStatusAndHistory(String cohortId, String personId) {
        String id = (String) em.createNativeQuery("select id from enrollment where cohort_id = ?1 and person_id = ?2")
                .setParameter(1, cohortId).setParameter(2, personId).getSingleResult();
        List<String> result = new java.util.ArrayList<>();
        result.add((String) em.createNativeQuery("select status from enrollment where id = ?1").setParameter(1, id).getSingleResult());
        List<Object[]> rows = em.createNativeQuery("select status, via from enrollment_event where enrollment_id = ?1 order by occurred_at")
                .setParameter(1, id).getResultList();
        rows.forEach(row -> result.add(row[0] + " " + row[1]));
        return result;
    }

    /** Changes an enrollment's status behind the cohort feature's back (no event, no closing of attempts). */
    public void setStatus(String cohortId, String personId, String status) {
        em.createNativeQuery("update enrollment set status = ?1 where cohort_id = ?2 and person_id = ?3")
                .setParameter(1, status).setParameter(2, cohortId).setParameter(3, personId)
                .executeUpdate();
    }

    public void instruct(String cohortId, String personId) {
        em.createNativeQuery("insert into cohort_instructor (cohort_id, person_id) values (?1, ?2)")
                .setParameter(1, cohortId).setParameter(2, personId)
                .executeUpdate();
    }

    public void administer(String providerId, String personId) {
        em.createNativeQuery("insert into provider_admin (provider_id, person_id) values (?1, ?2)")
                .setParameter(1, providerId).setParameter(2, personId)
                .executeUpdate();
    }

    public void makePlatformAdmin(String personId) {
        em.createNativeQuery("update person set platform_admin = true where id = ?1").setParameter(1, personId)
                .executeUpdate();
    }

    /** What the server holds for the attempt: the drawn items rendered with its seed. */
    public List<RenderedItem> rendered(String attemptId) {
        return items(attemptId).stream().map(item -> item.render(seed(attemptId))).toList();
    }

    public List<Item> items(String attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        return attempt.getItemKeys().stream()
                .map(key -> em.createQuery("select i from QuizItem i where i.quizId = :q and i.itemKey = :k", QuizItem.class)
                        .setParameter("q", attempt.getQuizId()).setParameter("k", key).getSingleResult()
                        .definition())
                .toList();
    }

    /** The item's key as the attempt's learner would send it: in the attempt's option and prompt ids. */
    public Answer rightAnswer(String attemptId, RenderedItem item) {
        return ids(attemptId, item).shown(Review.correctAnswer(item));
    }

    /** The ids the attempt shows for the item's options and prompts. */
    public ChoiceIds ids(String attemptId, RenderedItem item) {
        return ChoiceIds.of(seed(attemptId), item);
    }

    public long seed(String attemptId) {
        return em.find(Attempt.class, attemptId).getSeed();
    }

    public Attempt attempt(String attemptId) {
        return em.find(Attempt.class, attemptId);
    }

    /** Credits stored at submit, by item. */
    public List<Object[]> credits(String attemptId) {
        return em.createQuery("select r.itemKey, r.credit from AttemptResponse r where r.attemptId = :a", Object[].class)
                .setParameter("a", attemptId).getResultList();
    }
}
