package dev.ascent.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the course outline as stored in the database. */
@Named
@RequestScoped
public class CourseOutlinePage {

    @Inject
    CourseService courses;

    private List<CourseRow> rows;

    public List<CourseRow> getCourses() {
        if (rows == null) {
            rows = courses.listCourses().stream().map(CourseRow::new).toList();
        }
        return rows;
    }

    /** EL cannot read records, so pages get JavaBeans. */
    public static class CourseRow {
        private final CourseOutline outline;

        CourseRow(CourseOutline outline) {
            this.outline = outline;
        }

        public String getTitle() {
            return outline.title();
        }

        public String getSummary() {
            return outline.summary();
        }

        public int getVersion() {
            return outline.version();
        }

        public List<UnitRow> getUnits() {
            return outline.units().stream().map(UnitRow::new).toList();
        }
    }

    public static class UnitRow {
        private final CourseOutline.UnitOutline unit;

        UnitRow(CourseOutline.UnitOutline unit) {
            this.unit = unit;
        }

        public int getNumber() {
            return unit.number();
        }

        public String getTitle() {
            return unit.title();
        }

        public String getSummary() {
            return unit.summary();
        }

        public List<String> getObjectives() {
            return unit.objectives();
        }

        public String getLesson() {
            return String.join(", ", unit.lessons());
        }

        public String getQuizTitle() {
            return unit.quizTitle();
        }

        public int getPoolSize() {
            return unit.poolSize();
        }

        public int getItemsPerAttempt() {
            return unit.itemsPerAttempt();
        }
    }
}
