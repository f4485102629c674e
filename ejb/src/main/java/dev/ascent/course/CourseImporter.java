package dev.ascent.course;

import dev.ascent.quizzes.UnitContent;
import dev.ascent.quizzes.CourseContent;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.CourseLoader;
import dev.ascent.quizzes.Item;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Imports the course bundled in the quizzes module at start-up. Idempotent: content already
 * imported (same hash) is not imported again but made current again; changed content becomes a
 * new version.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class CourseImporter {
    private static final Logger LOG = Logger.getLogger(CourseImporter.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @PostConstruct
    void importBundledCourse() {
        CourseContent content = CourseLoader.fromClasspath(CourseLoader.class.getClassLoader(), "course");
        CourseVersion version = importCourse(content);
        LOG.info(() -> "Course '" + content.id() + "' at version " + version.getNumber() + " (" + content.units().size()
                + " units)");
    }

    /** Returns the version holding this content: the existing one, or a new one made current. */
    public CourseVersion importCourse(CourseContent content) {
        Course course = em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", content.id())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Course created = new Course(content.id(), content.title());
                    em.persist(created);
                    return created;
                });
        List<CourseVersion> same = em.createQuery(
                        "select v from CourseVersion v where v.courseId = :course and v.contentHash = :hash", CourseVersion.class)
                .setParameter("course", course.getId())
                .setParameter("hash", content.contentHash())
                .getResultList();
        if (!same.isEmpty()) {
            // Content imported before (a change rolled back, an older build deployed again) is what runs now.
            course.makeCurrent(same.get(0));
            return same.get(0);
        }
        Integer last = em.createQuery("select max(v.number) from CourseVersion v where v.courseId = :course", Integer.class)
                .setParameter("course", course.getId())
                .getSingleResult();
        CourseVersion version = new CourseVersion(course, last == null ? 1 : last + 1, content.contentHash(),
                content.title(), content.summary(), clock.instant());
        em.persist(version);
        for (UnitContent source : content.units()) {
            Unit unit = new Unit(version, source.id(), source.number(), source.title(), source.summary(),
                    source.lessonMarkdown(), ItemCodec.toJson(source.objectives()), ItemCodec.toJson(source.keyTerms()),
                    ItemCodec.toJson(source.figures()));
            em.persist(unit);
            var spec = source.quiz();
            Quiz quiz = new Quiz(unit.getId(), spec.title(), spec.draw(), spec.passMarkPercent(), spec.timeLimitMinutes(),
                    spec.attemptsAllowed());
            em.persist(quiz);
            int position = 0;
            for (Item item : source.items()) {
                em.persist(new QuizItem(quiz, ++position, item));
            }
        }
        course.makeCurrent(version);
        return version;
    }
}
