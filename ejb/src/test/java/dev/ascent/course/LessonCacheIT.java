package dev.ascent.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.quiz.ItemCodec;
import dev.ascent.quizzes.CourseContent;
import dev.ascent.quizzes.CourseLoader;
import dev.ascent.quizzes.Objective;
import dev.ascent.quizzes.RenderedLesson;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lessons come from the imported unit rows, with their figures and term links, rendered once per content version. */
@ExtendWith(ArquillianExtension.class)
class LessonCacheIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    CourseImporter importer;
    @Inject
    CourseService courses;
    @Inject
    LessonCache cache;
    @PersistenceContext
    EntityManager em;

    @Test
    void a_lesson_is_rendered_once_per_version_with_its_figures_sections_and_glossary_links() {
        String slug = "it-" + UUID.randomUUID();
        CourseContent content = withSlug(bundled(), slug, null);
        CourseVersion first = importer.importCourse(content);
        Unit unit = unit(first, "u4");

        long before = cache.renders();
        RenderedLesson lesson = courses.lesson(unit.getId());
        RenderedLesson again = courses.lesson(unit.getId());
        assertSame(lesson, again, "the second call is served from the cache");
        assertEquals(before + 1, cache.renders(), "rendered once");

        assertTrue(lesson.sections().stream().anyMatch(s -> s.anchor().equals("choosing-the-learning-rate")));
        assertTrue(lesson.html().contains("<h2 id=\"choosing-the-learning-rate\">"), "headings carry their anchors");
        assertTrue(lesson.html().contains("id=\"figure-descent-steps\""), "the stored figure is drawn");
        assertTrue(lesson.html().contains("role=\"img\""));
        assertTrue(lesson.html().contains("<desc id=\"figure-descent-steps-desc\">The loss L(w) = (2w − 6)²"));
        assertTrue(lesson.html().contains("<input type=\"range\" class=\"figure-rate\""));
        assertTrue(lesson.html().contains("href=\"glossary.xhtml?course=" + slug + "#term-learning-rate\""),
                "a key term links to the glossary of this course");
        assertFalse(lesson.html().contains("<script"));

        // the objectives stored with the unit name the sections that teach them (what a "Review" link needs)
        Objective[] objectives = ItemCodec.fromJson(unit.getObjectivesJson(), Objective[].class);
        assertEquals(List.of("worked-example-two-steps-by-hand", "choosing-the-learning-rate"), objectives[1].sections());

        // a new content version has new unit rows: rendered anew, the old entry stays for the old version
        CourseVersion second = importer.importCourse(withSlug(content, slug, new StringBuilder(content.contentHash()).reverse().toString()));
        Unit newUnit = unit(second, "u4");
        RenderedLesson renewed = courses.lesson(newUnit.getId());
        assertNotSame(lesson, renewed);
        assertEquals(before + 2, cache.renders(), "the new version renders its own lesson");
        assertEquals(lesson.html(), renewed.html(), "same content, same rendering");
        assertSame(lesson, courses.lesson(unit.getId()), "the old version's lesson is still cached");
        assertEquals(before + 2, cache.renders());
    }

    @Test
    void an_unknown_unit_is_not_found() {
        assertThrows(DomainException.class, () -> courses.lesson(UUID.randomUUID().toString()));
    }

    private Unit unit(CourseVersion version, String key) {
        return em.createQuery("select u from Unit u where u.courseVersionId = :v and u.unitKey = :k", Unit.class)
                .setParameter("v", version.getId())
                .setParameter("k", key)
                .getSingleResult();
    }

    private static CourseContent bundled() {
        return CourseLoader.fromClasspath(CourseLoader.class.getClassLoader(), "course");
    }

    private static CourseContent withSlug(CourseContent c, String slug, String hash) {
        return new CourseContent(slug, c.title(), c.summary(), c.concepts(), c.units(), hash == null ? c.contentHash() : hash);
    }
}
