package dev.ascent.course;

import dev.ascent.quizzes.CourseContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.quizzes.CourseLoader;
import dev.ascent.shared.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CourseImporterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    CourseImporter importer;
    @Inject
    CourseService courses;
    @PersistenceContext
    EntityManager em;

    @Test
    void the_bundled_course_is_imported_at_start_with_every_unit_and_pool() {
        CourseOutline outline = courses.outline("ml-engineer");
        assertEquals("Become a Machine Learning Engineer", outline.title());
        assertTrue(outline.units().size() >= 8);
        outline.units().forEach(unit -> {
            assertTrue(unit.poolSize() >= 15, unit.id() + " pool " + unit.poolSize());
            assertTrue(!unit.objectives().isEmpty(), unit.id() + " has no objectives");
            assertTrue(unit.itemsPerAttempt() <= unit.poolSize());
        });
    }

    @Test
    void importing_the_same_content_again_keeps_one_version() {
        CourseContent content = withSlug(bundled(), "it-" + UUID.randomUUID());
        CourseVersion first = importer.importCourse(content);
        CourseVersion again = importer.importCourse(content);
        assertEquals(first.getId(), again.getId());
        assertEquals(1L, em.createQuery("select count(v) from CourseVersion v where v.courseId = :c", Long.class)
                .setParameter("c", first.getCourseId()).getSingleResult());
    }

    @Test
    void changed_content_becomes_a_new_current_version_and_the_old_one_stays() {
        CourseContent original = withSlug(bundled(), "it-" + UUID.randomUUID());
        CourseVersion first = importer.importCourse(original);
        CourseContent changed = new CourseContent(original.id(), original.title(),
                original.summary(), original.concepts(), original.units(), new StringBuilder(original.contentHash()).reverse().toString());
        CourseVersion second = importer.importCourse(changed);

        assertNotEquals(first.getId(), second.getId());
        assertEquals(first.getNumber() + 1, second.getNumber());
        assertEquals(second.getNumber(), courses.outline(original.id()).version());
        assertTrue(em.find(CourseVersion.class, first.getId()) != null, "the old version is kept for its attempts");
    }

    @Test
    void content_imported_before_becomes_current_again_when_it_is_deployed_again() {
        CourseContent original = withSlug(bundled(), "it-" + UUID.randomUUID());
        CourseVersion first = importer.importCourse(original);
        importer.importCourse(new CourseContent(original.id(), original.title(), original.summary(),
                original.concepts(), original.units(), new StringBuilder(original.contentHash()).reverse().toString()));
        CourseVersion back = importer.importCourse(original); // the change rolled back
        assertEquals(first.getId(), back.getId());
        assertEquals(first.getNumber(), courses.outline(original.id()).version(), "the rolled-back content runs");
    }

    private static CourseContent bundled() {
        return CourseLoader.fromClasspath(CourseLoader.class.getClassLoader(), "course");
    }

    private static CourseContent withSlug(CourseContent c, String slug) {
        return new CourseContent(slug, c.title(), c.summary(), c.concepts(), c.units(), c.contentHash());
    }
}
