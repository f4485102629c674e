package dev.ascent.course;

import dev.ascent.learning.UnitLesson;
import dev.ascent.learning.UnitLessons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The home page: the course outline as stored in the database. */
@Named
@RequestScoped
public class CourseOutlinePage {

    @Inject
    CourseService courses;
    @Inject
    UnitLessons lessons;

    private List<CourseRow> rows;

    public List<CourseRow> getCourses() {
        if (rows == null) {
            rows = courses.listCourses().stream()
                    .map(outline -> new CourseRow(outline, lessons.outline(outline.id()).stream()
                            .collect(Collectors.toMap(UnitLesson.Outline::unitKey, UnitLesson.Outline::sections))))
                    .toList();
        }
        return rows;
    }

    /** EL cannot read records, so pages get JavaBeans. */
    public static class CourseRow {
        private final CourseOutline outline;
        private final Map<String, List<UnitLesson.Section>> sections;

        CourseRow(CourseOutline outline, Map<String, List<UnitLesson.Section>> sections) {
            this.outline = outline;
            this.sections = sections;
        }

        public String getSlug() {
            return outline.id();
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
            return outline.units().stream()
                    .map(unit -> new UnitRow(unit, sections.getOrDefault(unit.id(), List.of()))).toList();
        }
    }

    public static class UnitRow {
        private final CourseOutline.UnitOutline unit;
        private final List<UnitLesson.Section> sections;

        UnitRow(CourseOutline.UnitOutline unit, List<UnitLesson.Section> sections) {
            this.unit = unit;
            this.sections = sections;
        }

        public String getKey() {
            return unit.id();
        }

        /** The titles of the lesson's main sections (## headings): what it covers, not its text. */
        public List<String> getSections() {
            return sections.stream().filter(s -> s.level() == 2).map(UnitLesson.Section::title).toList();
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
