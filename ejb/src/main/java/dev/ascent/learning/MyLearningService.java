package dev.ascent.learning;

import dev.ascent.attempt.AttemptService;
import dev.ascent.attempt.AttemptViews;
import dev.ascent.attempt.Standing;
import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.Enrollment;
import dev.ascent.cohort.Enrollments;
import dev.ascent.course.Course;
import dev.ascent.course.CourseService;
import dev.ascent.course.CourseVersion;
import dev.ascent.course.Unit;
import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.lesson.ReadingProgress;
import dev.ascent.provider.Branding;
import dev.ascent.provider.Provider;
import dev.ascent.quiz.Quiz;
import dev.ascent.quizzes.Objective;
import dev.ascent.quizzes.RenderedLesson;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
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
    @Inject
    ReadingProgress reading;
    @Inject
    CourseService courses;

    /** Opening their learning is when an invited learner has arrived: INVITED becomes ACTIVE here. */
    public List<Learning> mine() {
        Caller caller = callers.current();
        Instant now = clock.instant();
        List<Learning> learning = new ArrayList<>();
        for (Enrollment enrollment : enrollments.arriveAtLearning(caller.personId(), now)) {
            learning.add(learning(em.find(Cohort.class, enrollment.getCohortId()), enrollment.getStatus().name()));
        }
        learning.sort(Comparator.comparing(Learning::cohortName, String.CASE_INSENSITIVE_ORDER));
        return learning;
    }

    /** One of the caller's own cohorts (not withdrawn from), as {@link #mine()} shows it; 404 for any other. */
    public Learning in(String cohortId) {
        String personId = callers.current().personId();
        Enrollment enrollment = cohortId == null ? null : em.createQuery("select e from Enrollment e where e.personId = :person"
                        + " and e.cohortId = :cohort and e.status <> :withdrawn", Enrollment.class)
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .setParameter("withdrawn", Enrollment.Status.WITHDRAWN)
                .getResultStream().findFirst().orElse(null);
        if (enrollment == null) {
            throw DomainException.notFound("cohort", cohortId);
        }
        return learning(em.find(Cohort.class, cohortId), enrollment.getStatus().name());
    }

    private Learning learning(Cohort cohort, String enrollmentStatus) {
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
        Map<String, Instant> read = reading.read(cohort.getId());
        List<Learning.UnitProgress> progress = units.stream().map(unit -> {
            Quiz quiz = quizByUnit.get(unit.getId());
            Standing standing = quiz == null ? null : standings.get(quiz.getId());
            return unitProgress(unit, standing, deadlines.get(unit.getUnitKey()), read.containsKey(unit.getUnitKey()),
                    weakObjectives(unit, standing, cohort.getId()));
        }).toList();
        int passed = (int) progress.stream().filter(u -> u.status() == Learning.Status.PASSED).count();
        // A quiz handed in under a hidden score is done as far as the learner can know: the next step moves on.
        Learning.UnitProgress next = progress.stream()
                .filter(u -> u.status() != Learning.Status.PASSED && u.status() != Learning.Status.SUBMITTED)
                .findFirst().orElse(null);
        int percent = progress.isEmpty() ? 0 : Math.round(100f * passed / progress.size());
        return new Learning(cohort.getId(), cohort.getName(), enrollmentStatus, Branding.of(provider),
                course.getSlug(), version.getTitle(), cohort.getStartsOn(), cohort.getEndsOn(), progress, passed,
                progress.size(), percent, next, next == null ? null : nextAction(next));
    }

    /**
     * Read the lesson before the quiz: an unread unit's next step is reading it, unless an attempt
     * is open (its time may be running) or there is no quiz to take anyway.
     */
    static Learning.NextAction nextAction(Learning.UnitProgress next) {
        if (next.quizId() == null) {
            return Learning.NextAction.READ;
        }
        if (next.status() == Learning.Status.IN_PROGRESS) {
            return Learning.NextAction.QUIZ;
        }
        return next.read() ? Learning.NextAction.QUIZ : Learning.NextAction.READ;
    }

    /**
     * The objectives taught by the items the latest submitted attempt did not get fully right, as
     * far as that attempt's review shows right and wrong (the engine leaves the objective out
     * otherwise), each with the section that teaches it.
     */
    private List<Learning.ObjectiveLink> weakObjectives(Unit unit, Standing standing, String cohortId) {
        if (standing == null || standing.attemptsUsed() == 0) {
            return List.of();
        }
        AttemptViews.Summary latest = attempts.history(standing.quizId(), cohortId).attempts().stream()
                .filter(a -> "SUBMITTED".equals(a.state()))
                .max(Comparator.comparingInt(AttemptViews.Summary::number))
                .orElse(null);
        if (latest == null) {
            return List.of();
        }
        AttemptViews.Result result = attempts.get(latest.id()).result();
        if (result == null || result.items() == null) {
            return List.of();
        }
        LinkedHashSet<String> missed = new LinkedHashSet<>();
        result.items().stream()
                .filter(item -> item.objectiveId() != null && item.outcome() != null && !"CORRECT".equals(item.outcome()))
                .forEach(item -> missed.add(item.objectiveId()));
        if (missed.isEmpty()) {
            return List.of();
        }
        RenderedLesson lesson = courses.lesson(unit.getId());
        return LessonLinks.objectives(unit).stream()
                .filter(objective -> missed.contains(objective.id()))
                .map(objective -> LessonLinks.link(objective, lesson, unit.getTitle()))
                .toList();
    }

    /** A unit as the learner may see it: its quiz's standing, or not started when it has no quiz. */
    static Learning.UnitProgress unitProgress(Unit unit, Standing standing, Instant deadline, boolean read,
                                              List<Learning.ObjectiveLink> weak) {
        if (standing == null) {
            return new Learning.UnitProgress(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), null,
                    Learning.Status.NOT_STARTED, null, null, 0, 0, null, deadline, read, List.of(), null, List.of(), null);
        }
        return new Learning.UnitProgress(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), standing.quizId(),
                Learning.Status.valueOf(standing.status().name()), standing.bestPercent(), standing.gradePercent(),
                standing.attemptsUsed(), standing.attemptsAllowed(), standing.passMarkPercent(), deadline, read, weak,
                standing.overridden(), standing.comments(), standing.closesAt());
    }
}
