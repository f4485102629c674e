package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.EnrollmentService;
import dev.ascent.cohort.EnrollmentView;
import dev.ascent.cohort.InviteService;
import dev.ascent.cohort.NewCohort;
import dev.ascent.cohort.Tenants;
import dev.ascent.identity.TestPeople;
import dev.ascent.provider.ProviderService;
import dev.ascent.shared.Identities;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data for attempts. Providers, cohorts, enrollments and roles are made through the services
 * that own them, as the platform admin (a new one per call) would: {@link ProviderService},
 * {@link CohortService}, {@link EnrollmentService} and, for an ACTIVE learner, an invite code the
 * learner accepts ({@link InviteService}). The one write behind a service's back is
 * {@link #setStatus}, on purpose. The rest reads what the server knows about an attempt.
 */
@Stateless
@PermitAll
public class AttemptFixtures {
    /** Invite codes made to activate a learner; far beyond any test clock. */
    private static final Instant NEVER_EXPIRES = Instant.parse("2099-01-01T00:00:00Z");

    @PersistenceContext
    EntityManager em;
    @Inject
    TestPeople people;
    @Inject
    ProviderService providers;
    @Inject
    CohortService cohorts;
    @Inject
    EnrollmentService enrollments;
    @Inject
    InviteService invites;

    /** A new provider with a new cohort on the current version of the bundled course. */
    public String cohort() {
        return asPlatformAdmin(() -> {
            String provider = providers.create("p-" + UUID.randomUUID(), Tenants.details(UUID.randomUUID().toString())).id();
            return newCohort(provider);
        });
    }

    /** A new provider with a new cohort on the current version of the named course. */
    public String cohortOn(String courseSlug) {
        return asPlatformAdmin(() -> {
            String provider = providers.create("p-" + UUID.randomUUID(), Tenants.details(UUID.randomUUID().toString())).id();
            return cohorts.create(new NewCohort(provider, "Cohort " + UUID.randomUUID(), courseSlug, null, null)).id();
        });
    }

    /** Another cohort of the same provider. */
    public String cohortOf(String providerId) {
        return asPlatformAdmin(() -> newCohort(providerId));
    }

    public String providerOf(String cohortId) {
        return asPlatformAdmin(() -> cohorts.get(cohortId).providerId());
    }

    /**
     * Enrols the person as a provider would: added by email (INVITED, "manual" in the history);
     * ACTIVE once they accept an invite code of the cohort ("invite"); WITHDRAWN when then withdrawn.
     */
    public void enroll(String cohortId, String personId, String status) {
        String email = people.email(personId);
        String enrollmentId = asPlatformAdmin(() -> enrollments.add(cohortId, email, null, null).enrollment().id());
        switch (status) {
            case "INVITED" -> {
            }
            case "ACTIVE" -> {
                String code = asPlatformAdmin(() -> invites.create(cohortId, 1, NEVER_EXPIRES).code());
                Identities.run(personId, () -> invites.accept(code));
            }
            case "WITHDRAWN" -> asPlatformAdmin(() -> enrollments.withdraw(cohortId, enrollmentId));
            default -> throw new IllegalArgumentException("No fixture for an enrollment " + status);
        }
    }

    /** The enrollment's status now, then its history as "STATUS via" in order, as its provider sees them. */
    public List<String> enrollmentStatusAndHistory(String cohortId, String personId) {
        return asPlatformAdmin(() -> {
            String id = enrollments.roster(cohortId).stream().filter(e -> e.personId().equals(personId))
                    .findFirst().orElseThrow().id();
            EnrollmentView enrollment = enrollments.get(cohortId, id);
            List<String> result = new ArrayList<>();
            result.add(enrollment.status());
            enrollment.history().forEach(entry -> result.add(entry.status() + " " + entry.via()));
            return result;
        });
    }

    /**
     * Changes an enrollment's status behind the cohort feature's back, with plain SQL on purpose:
     * no event, so the learner's open attempt stays open (a withdrawal through the service would
     * submit it), and to statuses no service sets yet (COMPLETED) or back (INVITED after WITHDRAWN).
     */
    public void setStatus(String cohortId, String personId, String status) {
        em.createNativeQuery("update enrollment set status = ?1 where cohort_id = ?2 and person_id = ?3")
                .setParameter(1, status).setParameter(2, cohortId).setParameter(3, personId)
                .executeUpdate();
    }

    public void instruct(String cohortId, String personId) {
        String email = people.email(personId);
        asPlatformAdmin(() -> cohorts.addInstructor(cohortId, email, null));
    }

    public void administer(String providerId, String personId) {
        String email = people.email(personId);
        asPlatformAdmin(() -> providers.addAdmin(providerId, email, null));
    }

    private String newCohort(String providerId) {
        return cohorts.create(new NewCohort(providerId, "Cohort " + UUID.randomUUID(), "ml-engineer", null, null)).id();
    }

    /** Runs the work as a new platform admin (no service grants that role: it comes from the server's configuration). */
    private <T> T asPlatformAdmin(PrivilegedExceptionAction<T> work) {
        return Identities.as(people.platformAdmin("Fixture platform admin").getId(), Tenants.PLATFORM, work);
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
