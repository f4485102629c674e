package dev.ascent.learning;

import dev.ascent.attempt.AttemptService;
import dev.ascent.attempt.Standing;
import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.Enrollment;
import dev.ascent.cohort.Enrollments;
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
 * the caller's enrollments; the standing at each unit's quiz (status, scores, attempts, pass mark)
 * comes from the quiz engine's one rule ({@link AttemptService#standings}), made of the attempts of
 * that cohort under that cohort's review policy. There is no parameter that could name anyone else.
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
    @Inject
    AttemptService attempts;
    @Inject
    Enrollments enrollments;

    /** Opening their learning is when an invited learner has arrived: INVITED becomes ACTIVE here. */
    public List<Learning> mine() {
        Caller caller = callers.current();
        Instant now = clock.instant();
        List<Learning> learning = new ArrayList<>();
        for (Enrollment enrollment : enrollments.arriveAtLearning(caller.personId(), now)) {
            learning.add(learning(em.find(Cohort.class, enrollment.getCohortId()), enrollment));
        }
        learning.sort(Comparator.comparing(Learning::cohortName, String.CASE_INSENSITIVE_ORDER));
        return learning;
    }

    private Learning learning(Cohort cohort, Enrollment enrollment) {
        Provider provider = em.find(Provider.class, cohort.getProviderId());
        CourseVersion version = em.find(CourseVersion.class, cohort.getCourseVersionId());
        Course course = em.find(Course.class, version.getCourseId());
        List<Unit> units = em.createQuery("select u from Unit u where u.courseVersionId = :version order by u.position", Unit.class)
                .setParameter("version", version.getId()).getResultList();
        Map<String, Quiz> quizByUnit = em.createQuery(
                        "select q from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version", Quiz.class)
                .setParameter("version", version.getId())
                .getResultStream().collect(Collectors.toMap(Quiz::getUnitId, Function.identity()));
        Map<String, Standing> standings = attempts.standings(cohort.getId(),
                quizByUnit.values().stream().map(Quiz::getId).toList());
        Map<String, Instant> deadlines = cohort.getDeadlines();
        List<Learning.UnitProgress> progress = units.stream().map(unit -> {
            Quiz quiz = quizByUnit.get(unit.getId());
            return unitProgress(unit, quiz == null ? null : standings.get(quiz.getId()), deadlines.get(unit.getUnitKey()));
        }).toList();
        int passed = (int) progress.stream().filter(u -> u.status() == Learning.Status.PASSED).count();
        // A quiz handed in under a hidden score is done as far as the learner can know: the next step moves on.
        Learning.UnitProgress next = progress.stream()
                .filter(u -> u.status() != Learning.Status.PASSED && u.status() != Learning.Status.SUBMITTED)
                .findFirst().orElse(null);
        int percent = progress.isEmpty() ? 0 : Math.round(100f * passed / progress.size());
        return new Learning(cohort.getId(), cohort.getName(), enrollment.getStatus().name(), Branding.of(provider),
                course.getSlug(), version.getTitle(), cohort.getStartsOn(), cohort.getEndsOn(), progress, passed,
                progress.size(), percent, next);
    }

    /** A unit as the learner may see it: its quiz's standing, or not started when it has no quiz. */
    static Learning.UnitProgress unitProgress(Unit unit, Standing standing, Instant deadline) {
        if (standing == null) {
            return new Learning.UnitProgress(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), null,
                    Learning.Status.NOT_STARTED, null, null, 0, 0, null, deadline);
        }
        return new Learning.UnitProgress(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), standing.quizId(),
                Learning.Status.valueOf(standing.status().name()), standing.bestPercent(), standing.gradePercent(),
                standing.attemptsUsed(), standing.attemptsAllowed(), standing.passMarkPercent(), deadline);
    }
}
