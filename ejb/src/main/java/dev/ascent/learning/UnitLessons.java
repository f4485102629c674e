package dev.ascent.learning;

import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.Enrollment;
import dev.ascent.course.Course;
import dev.ascent.course.CourseService;
import dev.ascent.course.CourseVersion;
import dev.ascent.course.Unit;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.lesson.ReadingProgress;
import dev.ascent.provider.Provider;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quiz.Quiz;
import dev.ascent.quizzes.Glossary;
import dev.ascent.quizzes.KeyTerm;
import dev.ascent.quizzes.Objective;
import dev.ascent.quizzes.RenderedLesson;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit page's read model: a unit's lesson for a learner of a cohort taking its course, with
 * where they stand (from My learning, so from the engine's standings and reading progress). Also
 * what anyone may see of a course's lessons: the glossary and the section titles of the outline.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class UnitLessons {
    private static final List<Enrollment.Status> CURRENT = List.of(Enrollment.Status.INVITED, Enrollment.Status.ACTIVE);

    @PersistenceContext
    EntityManager em;
    @Inject
    CallerService callers;
    @Inject
    MyLearningService learning;
    @Inject
    ReadingProgress reading;
    @Inject
    CourseService courses;

    /** The cohorts in which the caller currently takes the course (invited or active), by name. */
    public List<UnitLesson.CohortChoice> cohorts(@NotBlank String courseSlug) {
        course(courseSlug);
        return em.createQuery("select c from Enrollment e, Cohort c, CourseVersion v, Course k where c.id = e.cohortId"
                        + " and v.id = c.courseVersionId and k.id = v.courseId and k.slug = :slug"
                        + " and e.personId = :person and e.status in :current order by c.name, c.id", Cohort.class)
                .setParameter("slug", courseSlug)
                .setParameter("person", callers.current().personId())
                .setParameter("current", CURRENT)
                .getResultStream()
                .map(c -> new UnitLesson.CohortChoice(c.getId(), c.getName(), em.find(Provider.class, c.getProviderId()).getName()))
                .toList();
    }

    /**
     * The unit in the caller's cohort: {@code cohortId}, or the only cohort in which they take the
     * course. 404 for an unknown course or unit, 403 not-enrolled when the caller is not a current
     * learner of such a cohort, 400 cohort-required when there are several and none is named.
     */
    public UnitLesson unit(@NotBlank String courseSlug, @NotBlank String unitKey, String cohortId) {
        String cohort = cohortFor(courseSlug, cohortId);
        Learning roadmap = learning.in(cohort);
        List<Learning.UnitProgress> units = roadmap.units();
        int at = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unitKey().equals(unitKey)) {
                at = i;
            }
        }
        if (at < 0) {
            throw DomainException.notFound("unit", unitKey);
        }
        Unit unit = em.createQuery("select u from Unit u where u.courseVersionId = :version and u.unitKey = :key", Unit.class)
                .setParameter("version", em.find(Cohort.class, cohort).getCourseVersionId())
                .setParameter("key", unitKey)
                .getSingleResult();
        RenderedLesson lesson = courses.lesson(unit.getId());
        List<Learning.ObjectiveLink> objectives = LessonLinks.objectives(unit).stream()
                .map(objective -> LessonLinks.link(objective, lesson, unit.getTitle()))
                .toList();
        return new UnitLesson(roadmap, units.get(at), unit.getSummary(), lesson.html(), sections(lesson), objectives,
                terms(unit), reading.read(cohort).get(unitKey), at == 0 ? null : units.get(at - 1),
                at == units.size() - 1 ? null : units.get(at + 1));
    }

    /**
     * The caller's cohort for the course: {@code cohortId} when they are a current learner of it
     * and it takes the course, else their only such cohort. 404 for an unknown course, 403
     * not-enrolled, 400 cohort-required when there are several and none is named.
     */
    public String cohortFor(@NotBlank String courseSlug, String cohortId) {
        List<String> mine = cohorts(courseSlug).stream().map(UnitLesson.CohortChoice::id).toList();
        if (cohortId != null) {
            if (!mine.contains(cohortId)) {
                throw notEnrolled();
            }
            return cohortId;
        }
        if (mine.isEmpty()) {
            throw notEnrolled();
        }
        if (mine.size() > 1) {
            throw DomainException.invalid("cohort-required", "You take this course in " + mine.size()
                    + " cohorts; name one with the cohortId parameter").with("cohortIds", mine);
        }
        return mine.get(0);
    }

    /** Every key term of the course's current version, alphabetically, each with the unit that defines it. */
    @PermitAll
    public List<UnitLesson.Term> glossary(@NotBlank String courseSlug) {
        return units(course(courseSlug)).stream()
                .flatMap(unit -> terms(unit).stream())
                .sorted(Comparator.comparing(UnitLesson.Term::term, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(UnitLesson.Term::unitNumber))
                .toList();
    }

    /** The section titles of every lesson of the course's current version, for the public outline. */
    @PermitAll
    public List<UnitLesson.Outline> outline(@NotBlank String courseSlug) {
        return units(course(courseSlug)).stream()
                .map(unit -> new UnitLesson.Outline(unit.getUnitKey(), sections(courses.lesson(unit.getId()))))
                .toList();
    }

    /**
     * Where a result of this quiz sends its learner back to: per objective of the quiz's unit, the
     * section that teaches it. Course content only (nothing about the learner), so no enrollment
     * check; the result page shows a link only for what the review shows as missed.
     */
    public UnitLesson.ReviewLinks reviewLinks(@NotBlank String quizId, String cohortId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw DomainException.notFound("quiz", quizId);
        }
        Unit unit = em.find(Unit.class, quiz.getUnitId());
        Course course = em.find(Course.class, em.find(CourseVersion.class, unit.getCourseVersionId()).getCourseId());
        RenderedLesson lesson = courses.lesson(unit.getId());
        Map<String, Learning.ObjectiveLink> links = new LinkedHashMap<>();
        for (Objective objective : LessonLinks.objectives(unit)) {
            links.put(objective.id(), LessonLinks.link(objective, lesson, unit.getTitle()));
        }
        return new UnitLesson.ReviewLinks(course.getSlug(), unit.getUnitKey(), cohortId, links);
    }

    private Course course(String slug) {
        return em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("course", slug));
    }

    private List<Unit> units(Course course) {
        return em.createQuery("select u from Unit u where u.courseVersionId = :version order by u.position", Unit.class)
                .setParameter("version", course.getCurrentVersionId())
                .getResultList();
    }

    private static List<UnitLesson.Section> sections(RenderedLesson lesson) {
        return lesson.sections().stream()
                .map(s -> new UnitLesson.Section(s.anchor(), s.title(), s.level()))
                .toList();
    }

    private static List<UnitLesson.Term> terms(Unit unit) {
        return Arrays.stream(ItemCodec.fromJson(unit.getKeyTermsJson(), KeyTerm[].class))
                .map(t -> new UnitLesson.Term(t.term(), t.definition(), Glossary.anchor(t.term()), unit.getUnitKey(),
                        unit.getPosition(), unit.getTitle()))
                .toList();
    }

    private static DomainException notEnrolled() {
        return DomainException.forbidden("not-enrolled", "You are not an active learner in a cohort that takes this course");
    }
}
