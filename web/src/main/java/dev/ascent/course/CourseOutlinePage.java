package dev.ascent.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the course outline as stored in the database (records, read in EL as {@code #{course.title()}}). */
@Named
@RequestScoped
public class CourseOutlinePage {

    @Inject
    CourseService courses;

    private List<CourseOutline> outlines;

    public List<CourseOutline> getCourses() {
        if (outlines == null) {
            outlines = courses.listCourses();
        }
        return outlines;
    }

    /** A unit's lessons as one line. */
    public String lessons(CourseOutline.UnitOutline unit) {
        return String.join(", ", unit.lessons());
    }
}
