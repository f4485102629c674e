package dev.ascent.course;

import dev.ascent.quiz.ItemCodec;
import dev.ascent.quiz.Quiz;
import dev.ascent.quizzes.Glossary;
import dev.ascent.quizzes.KeyTerm;
import dev.ascent.quizzes.Objective;
import dev.ascent.quizzes.RenderedLesson;
import dev.ascent.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Read side of the course catalogue. */
@Stateless
public class CourseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LessonCache lessons;

    /**
     * The unit's lesson rendered to safe HTML, with its sections, figures and links from key terms
     * to the course's glossary page; rendered once per content version.
     */
    public RenderedLesson lesson(String unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw DomainException.notFound("unit", unitId);
        }
        return lessons.lesson(unit, () -> glossary(unit));
    }

    /** The course's slug and the key terms of every unit of the unit's version. */
    private Glossary glossary(Unit unit) {
        CourseVersion version = em.find(CourseVersion.class, unit.getCourseVersionId());
        Course course = em.find(Course.class, version.getCourseId());
        List<String> terms = em.createQuery(
                        "select u from Unit u where u.courseVersionId = :version order by u.position", Unit.class)
                .setParameter("version", version.getId())
                .getResultStream()
                .flatMap(u -> Arrays.stream(ItemCodec.fromJson(u.getKeyTermsJson(), KeyTerm[].class)))
                .map(KeyTerm::term)
                .toList();
        return new Glossary(course.getSlug(), terms);
    }

    public List<CourseOutline> listCourses() {
        return em.createQuery("select c from Course c order by c.title", Course.class).getResultList().stream()
                .map(this::outline)
                .toList();
    }

    public CourseOutline outline(String slug) {
        return em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(this::outline)
                .orElseThrow(() -> DomainException.notFound("course", slug));
    }

    private CourseOutline outline(Course course) {
        CourseVersion version = em.find(CourseVersion.class, course.getCurrentVersionId());
        List<Unit> units = em.createQuery(
                        "select u from Unit u where u.courseVersionId = :version order by u.position", Unit.class)
                .setParameter("version", version.getId())
                .getResultList();
        Map<String, Quiz> quizzes = em.createQuery(
                        "select q from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version", Quiz.class)
                .setParameter("version", version.getId())
                .getResultStream()
                .collect(Collectors.toMap(Quiz::getUnitId, q -> q));
        Map<String, Long> poolSizes = em.createQuery(
                        "select i.quizId, count(i) from QuizItem i, Quiz q, Unit u"
                                + " where i.quizId = q.id and q.unitId = u.id and u.courseVersionId = :version"
                                + " group by i.quizId", Object[].class)
                .setParameter("version", version.getId())
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        List<CourseOutline.UnitOutline> outlines = units.stream().map(unit -> {
            Quiz quiz = quizzes.get(unit.getId());
            return new CourseOutline.UnitOutline(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), unit.getSummary(),
                    objectives(unit), List.of(lessonTitle(unit)), quiz.getId(), quiz.getTitle(),
                    poolSizes.getOrDefault(quiz.getId(), 0L).intValue(), quiz.getDrawCount());
        }).toList();
        return new CourseOutline(course.getSlug(), version.getTitle(), version.getSummary(), version.getNumber(), outlines);
    }

    private static List<String> objectives(Unit unit) {
        return Arrays.stream(ItemCodec.fromJson(unit.getObjectivesJson(), Objective[].class)).map(Objective::text).toList();
    }

    /** The lesson's own first heading, or the unit title when it has none. */
    static String lessonTitle(Unit unit) {
        return unit.getLessonMarkdown().lines()
                .filter(line -> line.startsWith("# "))
                .map(line -> line.substring(2).strip())
                .findFirst()
                .orElse(unit.getTitle());
    }
}
