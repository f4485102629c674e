package dev.ascent.lesson;

import dev.ascent.learning.Learning;
import dev.ascent.learning.UnitLesson;
import dev.ascent.learning.UnitLessons;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's lesson for its enrolled learners (LMS plug-in, mobile clients), and marking it read. */
@Path("/courses/{courseId}/units/{unitKey}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lessons", description = "Reading a unit: the rendered lesson, its sections and objectives, reading progress")
public class LessonResource {

    @Inject
    UnitLessons lessons;
    @Inject
    ReadingProgress reading;

    @GET
    @Operation(summary = "A unit's lesson in my cohort",
            description = "The lesson as safe HTML (headings carry the section anchors; raw HTML in the content is "
                    + "escaped), its sections, the objectives with the section that teaches each, the key terms, "
                    + "whether I have read it, and my standing at its quiz as the review policy shows it.")
    @APIResponse(responseCode = "200", description = "the unit",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "cohort-required: I take the course in several cohorts")
    @APIResponse(responseCode = "403", description = "not-enrolled: not a current learner of a cohort taking the course")
    @APIResponse(responseCode = "404", description = "no such course or unit")
    public UnitView unit(@PathParam("courseId") String courseId, @PathParam("unitKey") String unitKey,
                         @Parameter(description = "the cohort, needed only when I take the course in several")
                         @QueryParam("cohortId") String cohortId) {
        return UnitView.of(lessons.unit(courseId, unitKey, cohortId));
    }

    @PUT
    @Path("progress")
    @Operation(summary = "Mark the lesson as read",
            description = "No body. The first time counts: marking it again keeps the first time and succeeds.")
    @APIResponse(responseCode = "200", description = "read",
            content = @Content(schema = @Schema(implementation = ReadView.class)))
    @APIResponse(responseCode = "400", description = "cohort-required: I take the course in several cohorts")
    @APIResponse(responseCode = "403", description = "not-enrolled: not a current learner of a cohort taking the course")
    @APIResponse(responseCode = "404", description = "no such course or unit")
    public ReadView markRead(@PathParam("courseId") String courseId, @PathParam("unitKey") String unitKey,
                             @QueryParam("cohortId") String cohortId) {
        String cohort = lessons.cohortFor(courseId, cohortId);
        return new ReadView(courseId, unitKey, cohort, true, reading.markRead(cohort, unitKey));
    }

    /** Reading progress of one unit in one cohort. */
    public record ReadView(String courseId, String unitKey, String cohortId, boolean read, Instant readAt) {
    }

    /**
     * A unit as its learner reads it. {@code quiz} is the unit's entry in My learning (status, grade,
     * attempts as the review policy shows them); {@code previousUnitKey}/{@code nextUnitKey} are
     * left out at the ends.
     */
    public record UnitView(String courseId, String cohortId, String unitKey, int number, String title, String summary,
                           String html, List<UnitLesson.Section> sections, List<Learning.ObjectiveLink> objectives,
                           List<Term> keyTerms, boolean read, Instant readAt, Learning.UnitProgress quiz,
                           String previousUnitKey, String nextUnitKey) {

        static UnitView of(UnitLesson lesson) {
            Learning.UnitProgress unit = lesson.progress();
            return new UnitView(lesson.learning().courseSlug(), lesson.learning().cohortId(), unit.unitKey(), unit.number(),
                    unit.title(), lesson.summary(), lesson.html(), lesson.sections(), lesson.objectives(),
                    lesson.keyTerms().stream().map(t -> new Term(t.term(), t.definition(), "term-" + t.anchor())).toList(),
                    lesson.readAt() != null, lesson.readAt(), unit,
                    lesson.previous() == null ? null : lesson.previous().unitKey(),
                    lesson.next() == null ? null : lesson.next().unitKey());
        }
    }

    /** A key term; {@code glossaryAnchor} is its entry's id on the course glossary page. */
    public record Term(String term, String definition, String glossaryAnchor) {
    }
}
