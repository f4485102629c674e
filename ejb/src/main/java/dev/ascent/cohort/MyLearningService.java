package dev.ascent.cohort;

import dev.ascent.attempt.Attempt;
import dev.ascent.course.Course;
import dev.ascent.course.CourseVersion;
import dev.ascent.course.Unit;
import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.provider.Branding;
import dev.ascent.provider.Provider;
import dev.ascent.quiz.Quiz;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in learner's own cohorts (withdrawn ones left out) with their progress. Reads only
 * the caller's enrollments and attempts: there is no parameter that could name anyone else.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class MyLearningService {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;

    /** Opening their learning is when an invited learner has arrived: INVITED becomes ACTIVE here. */
    public List<Learning> mine() {
        Caller caller = callers.current();
        Instant now = clock.instant();
        List<Enrollment> enrollments = em.createQuery(
                        "select e from Enrollment e where e.personId = :person and e.status <> :withdrawn", Enrollment.class)
                .setParameter("person", caller.personId())
                .setParameter("withdrawn", Enrollment.Status.WITHDRAWN)
                .getResultList();
        List<Learning> learning = new ArrayList<>();
        for (Enrollment enrollment : enrollments) {
            Arrival.arrive(em, enrollment, now, "dashboard");
            learning.add(learning(em.find(Cohort.class, enrollment.getCohortId()), enrollment, caller.personId()));
        }
        learning.sort(Comparator.comparing(Learning::cohortName, String.CASE_INSENSITIVE_ORDER));
        return learning;
    }

    private Learning learning(Cohort cohort, Enrollment enrollment, String personId) {
        Provider provider = em.find(Provider.class, cohort.getProviderId());
        CourseVersion version = em.find(CourseVersion.class, cohort.getCourseVersionId());
        Course course = em.find(Course.class, version.getCourseId());
        List<Unit> units = em.createQuery("select u from Unit u where u.courseVersionId = :version order by u.position", Unit.class)
                .setParameter("version", version.getId()).getResultList();
        Map<String, Quiz> quizByUnit = em.createQuery(
                        "select q from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version", Quiz.class)
                .setParameter("version", version.getId())
                .getResultStream().collect(Collectors.toMap(Quiz::getUnitId, Function.identity()));
        Map<String, List<Attempt>> attemptsByQuiz = quizByUnit.isEmpty() ? Map.of() : em.createQuery(
                        "select a from Attempt a where a.personId = :person and a.quizId in :quizzes", Attempt.class)
                .setParameter("person", personId)
                .setParameter("quizzes", quizByUnit.values().stream().map(Quiz::getId).toList())
                .getResultStream().collect(Collectors.groupingBy(Attempt::getQuizId));
        Map<String, Instant> deadlines = cohort.getDeadlines();
        List<Learning.UnitProgress> progress = units.stream().map(unit -> {
            Quiz quiz = quizByUnit.get(unit.getId());
            List<Attempt> attempts = quiz == null ? List.of() : attemptsByQuiz.getOrDefault(quiz.getId(), List.of());
            return unitProgress(unit, quiz, attempts, deadlines.get(unit.getUnitKey()));
        }).toList();
        int passed = (int) progress.stream().filter(u -> u.status() == Learning.Status.PASSED).count();
        Learning.UnitProgress next = progress.stream().filter(u -> u.status() != Learning.Status.PASSED).findFirst().orElse(null);
        int percent = progress.isEmpty() ? 0 : Math.round(100f * passed / progress.size());
        return new Learning(cohort.getId(), cohort.getName(), enrollment.getStatus().name(), Branding.of(provider),
                course.getSlug(), version.getTitle(), cohort.getStartsOn(), cohort.getEndsOn(), progress, passed,
                progress.size(), percent, next);
    }

    /** Passed beats everything; an open attempt means in progress; submitted attempts without a pass mean failed. */
    static Learning.UnitProgress unitProgress(Unit unit, Quiz quiz, List<Attempt> attempts, Instant deadline) {
        int passMark = quiz == null ? 0 : quiz.getPassMarkPercent();
        Double best = attempts.stream()
                .filter(a -> a.getState() == Attempt.State.SUBMITTED && a.getMaxScore() != null && a.getMaxScore() > 0)
                .map(a -> 100 * a.getScore() / a.getMaxScore())
                .max(Double::compare).orElse(null);
        boolean open = attempts.stream().anyMatch(a -> a.getState() == Attempt.State.IN_PROGRESS);
        Learning.Status status = best != null && best >= passMark ? Learning.Status.PASSED
                : open ? Learning.Status.IN_PROGRESS
                : best != null ? Learning.Status.FAILED
                : Learning.Status.NOT_STARTED;
        return new Learning.UnitProgress(unit.getUnitKey(), unit.getPosition(), unit.getTitle(),
                quiz == null ? null : quiz.getId(), status, best, attempts.size(),
                quiz == null ? 0 : quiz.getAttemptsAllowed(), passMark, deadline);
    }
}
