package dev.ascent.learning;

import java.time.Instant;
import java.util.List;

/**
 * A unit as its enrolled learner reads it in one cohort: the lesson (safe HTML, rendered once per
 * content version) with its sections, the objectives with the section teaching each, the key
 * terms, whether it was read, and the unit's place in the cohort's roadmap (whose entries carry the
 * quiz standing from the engine's one rule).
 *
 * @param readAt   when the learner read the lesson in this cohort, null while unread
 * @param progress this unit's entry of {@code learning.units()}
 * @param previous the unit before this one, null for the first
 * @param next     the unit after this one, null for the last
 */
public record UnitLesson(Learning learning, Learning.UnitProgress progress, String summary, String html,
                         List<Section> sections, List<Learning.ObjectiveLink> objectives, List<Term> keyTerms,
                         Instant readAt, Learning.UnitProgress previous, Learning.UnitProgress next) {

    /** A heading of the lesson: {@code anchor} is its id in {@code html}; level 2 for ##, 3 for ###. */
    public record Section(String anchor, String title, int level) {
    }

    /**
     * A key term of a unit. {@code anchor} is its glossary entry's id without the {@code term-}
     * prefix: {@code glossary.xhtml?course=<slug>#term-<anchor>}.
     */
    public record Term(String term, String definition, String anchor, String unitKey, int unitNumber, String unitTitle) {
    }

    /** A cohort in which the learner takes the course, to choose from when there are several. */
    public record CohortChoice(String id, String name, String providerName) {
    }

    /** The sections of a unit's lesson for the public outline: titles only, never the text. */
    public record Outline(String unitKey, List<Section> sections) {
    }

    /**
     * Where a quiz result sends a learner back to: the unit page of the quiz's unit in its cohort,
     * and per objective the section that teaches it ({@code objectives}: objective id to link).
     */
    public record ReviewLinks(String courseSlug, String unitKey, String cohortId,
                              java.util.Map<String, Learning.ObjectiveLink> objectives) {
    }
}
