package dev.ascent.lesson;

import dev.ascent.learning.UnitLesson;
import dev.ascent.learning.UnitLessons;
import dev.ascent.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** app/glossary.xhtml: every key term of a course, alphabetically, each with the unit that defines it. */
@Named
@RequestScoped
public class GlossaryPage {

    @Inject
    UnitLessons lessons;

    private String course;
    private String error;
    private List<Entry> entries;

    /** f:viewAction */
    public void load() {
        if (course == null || course.isBlank()) {
            error = "No course was named. Open the glossary from a unit page.";
            entries = List.of();
            return;
        }
        try {
            // One entry per anchor: a term two units define is one entry with both definitions.
            Map<String, Entry> byAnchor = new LinkedHashMap<>();
            for (UnitLesson.Term term : lessons.glossary(course)) {
                byAnchor.computeIfAbsent(term.anchor(), anchor -> new Entry(term.term(), anchor)).definitions
                        .add(new Definition(term.definition(), term.unitNumber(), term.unitTitle(),
                                "unit.xhtml?course=" + UnitPage.encode(course) + "&unit=" + UnitPage.encode(term.unitKey())));
            }
            entries = List.copyOf(byAnchor.values());
        } catch (DomainException e) {
            error = "This course does not exist.";
            entries = List.of();
        }
    }

    public String getError() {
        return error;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    /** A term and its glossary id ({@code term-<anchor>}). */
    public static class Entry {
        private final String term;
        private final String anchor;
        private final List<Definition> definitions = new ArrayList<>();

        Entry(String term, String anchor) {
            this.term = term;
            this.anchor = anchor;
        }

        public String getTerm() {
            return term;
        }

        public String getId() {
            return "term-" + anchor;
        }

        public List<Definition> getDefinitions() {
            return definitions;
        }
    }

    public record Definition(String text, int unitNumber, String unitTitle, String unitPath) {
    }
}
