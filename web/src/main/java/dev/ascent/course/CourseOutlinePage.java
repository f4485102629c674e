package dev.ascent.course;

import dev.ascent.learning.UnitLesson;
import dev.ascent.learning.UnitLessons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The home page: the course outline as stored in the database (records, read in EL as {@code #{course.title()}}). */
@Named
@RequestScoped
public class CourseOutlinePage {

    @Inject
    CourseService courses;
    @Inject
    UnitLessons lessons;

    private List<CourseOutline> outlines;

    private Map<String, Map<String, List<UnitLesson.Section>>> sectionsByCourse;

    public List<CourseOutline> getCourses() {
        if (outlines == null) {
            outlines = courses.listCourses();
            sectionsByCourse = outlines.stream().collect(Collectors.toMap(CourseOutline::id,
                    outline -> lessons.outline(outline.id()).stream()
                            .collect(Collectors.toMap(UnitLesson.Outline::unitKey, UnitLesson.Outline::sections))));
        }
        return outlines;
    }

    /** The titles of a lesson's main sections (## headings): what it covers, not its text. */
    public List<String> sections(CourseOutline course, CourseOutline.UnitOutline unit) {
        getCourses();
        return sectionsByCourse.getOrDefault(course.id(), Map.of()).getOrDefault(unit.id(), List.of()).stream()
                .filter(section -> section.level() == 2).map(UnitLesson.Section::title).toList();
    }

    /** A unit's lessons as one line. */
    public String lessons(CourseOutline.UnitOutline unit) {
        return String.join(", ", unit.lessons());
    }
}
