package dev.ascent.lesson;

import dev.ascent.learning.Learning;
import dev.ascent.learning.UnitLesson;
import dev.ascent.learning.UnitLessons;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * app/unit.xhtml: a unit's lesson for a learner of a cohort taking the course, with its
 * objectives, key terms, the way to its quiz and the roadmap of all units. Everything shown about
 * the quiz comes from the learner's standing (through My learning), never computed here.
 */
@Named
@ViewScoped
public class UnitPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The lesson's own title (the renderer's first h1): the page has its own h1, the unit's title. */
    private static final Pattern LESSON_TITLE = Pattern.compile("\\A\\s*<h1( id=\"[^\"]*\")?>(.*?)</h1>\\s*", Pattern.DOTALL);

    @Inject
    UnitLessons lessons;
    @Inject
    ReadingProgress reading;

    private String course;
    private String unit;
    private String cohort;
    private String mode = "error";
    private String error;
    private transient UnitLesson lesson;
    private List<UnitLesson.CohortChoice> choices = List.of();
    private Instant readAt;

    /** f:viewAction: the unit in the named cohort, or the learner's only cohort taking the course. */
    public void load() {
        if (blank(course) || blank(unit)) {
            error = "No unit was named. Choose a unit from My learning.";
            return;
        }
        try {
            if (blank(cohort)) {
                choices = lessons.cohorts(course);
                if (choices.size() > 1) {
                    mode = "choose";
                    return;
                }
            }
            lesson = lessons.unit(course, unit, blank(cohort) ? null : cohort);
            cohort = lesson.learning().cohortId();
            readAt = lesson.readAt();
            mode = "unit";
        } catch (DomainException e) {
            error = switch (e.type()) {
                case "not-enrolled" -> "You are not a learner in a cohort that takes this course. The course outline"
                        + " shows what each unit teaches.";
                case "not-found" -> "This course or unit does not exist.";
                default -> e.getMessage();
            };
        }
    }

    /** The lesson again after a postback: the view keeps only the names, not the rendered HTML. */
    private UnitLesson lesson() {
        if (lesson == null && "unit".equals(mode)) {
            lesson = lessons.unit(course, unit, cohort);
        }
        return lesson;
    }

    /** "Mark as read" (the page's script marks it at the lesson's end through the API). */
    public void markRead() {
        PageActions.at("reading").call(() -> reading.markRead(cohort, unit), "Not marked as read")
                .ifPresent(at -> readAt = at);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String getReadAt() {
        return readAt == null ? null : PageFormat.when(readAt);
    }

    public String getMode() {
        return mode;
    }

    public String getError() {
        return error;
    }

    public List<UnitLesson.CohortChoice> getChoices() {
        return choices;
    }

    public String choiceLink(String cohortId) {
        return "unit.xhtml?course=" + encode(course) + "&unit=" + encode(unit) + "&cohort=" + encode(cohortId);
    }

    public String getTitle() {
        return lesson() == null ? "Unit" : "Unit " + lesson().progress().number() + ": " + lesson().progress().title();
    }

    public String getCourseTitle() {
        return lesson().learning().courseTitle();
    }

    public String getCohortName() {
        return lesson().learning().cohortName();
    }

    public String getSummary() {
        return lesson().summary();
    }

    /**
     * The lesson as the content's renderer made it (safe: raw HTML in the source is escaped, unsafe
     * links dropped), without its own title, which the page already shows as its h1; a title that
     * differs from the unit's becomes the lesson's first heading.
     */
    public String getLessonHtml() {
        String html = lesson().html();
        Matcher title = LESSON_TITLE.matcher(html);
        if (!title.find()) {
            return html;
        }
        String rest = html.substring(title.end());
        return title.group(2).equals(lesson().progress().title()) ? rest
                : "<h2" + (title.group(1) == null ? "" : title.group(1)) + ">" + title.group(2) + "</h2>\n" + rest;
    }

    public List<Learning.ObjectiveLink> getObjectives() {
        return lesson().objectives();
    }

    public List<UnitLesson.Term> getKeyTerms() {
        return lesson().keyTerms();
    }

    public String getGlossaryPath() {
        return "glossary.xhtml?course=" + encode(course);
    }

    public String getProgressUrl() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/api/courses/" + encode(course) + "/units/" + encode(unit) + "/progress?cohortId=" + encode(cohort);
    }

    /** figures.js and figures.css come with the content's figures: included only when they exist. */
    public boolean resourceExists(String name) {
        return FacesContext.getCurrentInstance().getApplication().getResourceHandler().createResource(name) != null;
    }

    public Stop getHere() {
        return new Stop(lesson().progress());
    }

    public Stop getPrevious() {
        return lesson().previous() == null ? null : new Stop(lesson().previous());
    }

    public Stop getNext() {
        return lesson().next() == null ? null : new Stop(lesson().next());
    }

    public List<Stop> getRoadmap() {
        return lesson().learning().units().stream().map(Stop::new).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    /** A unit of the roadmap as this learner stands in it: EL cannot read records. */
    public class Stop implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Learning.UnitProgress progress;

        Stop(Learning.UnitProgress progress) {
            this.progress = progress;
        }

        public String getKey() {
            return progress.unitKey();
        }

        public int getNumber() {
            return progress.number();
        }

        public String getTitle() {
            return progress.title();
        }

        public boolean isCurrent() {
            return progress.unitKey().equals(unit);
        }

        public String getPath() {
            return "unit.xhtml?course=" + encode(course) + "&unit=" + encode(progress.unitKey()) + "&cohort=" + encode(cohort);
        }

        /** Read or not, then the quiz: "Read · Passed", "Not read yet · Quiz not started". */
        public String getStanding() {
            String read = progress.read() || (isCurrent() && readAt != null) ? "Read" : "Not read yet";
            return read + " · " + quizStatus();
        }

        /** passed, failed, …: a CSS class. */
        public String getStatusClass() {
            return progress.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isRead() {
            return progress.read() || (isCurrent() && readAt != null);
        }

        private String quizStatus() {
            return switch (progress.status()) {
                case NOT_STARTED -> "Quiz not started";
                case IN_PROGRESS -> "Quiz in progress";
                case SUBMITTED -> "Quiz handed in";
                case PASSED -> "Quiz passed";
                case FAILED -> "Quiz not passed yet";
            };
        }

        public boolean isHasQuiz() {
            return progress.quizId() != null;
        }

        public String getQuizPath() {
            return "quiz.xhtml?quiz=" + encode(progress.quizId()) + "&cohort=" + encode(cohort);
        }

        /** The way to the quiz, by the standing: take, continue, try again, or open it to see the result. */
        public String getQuizAction() {
            boolean attemptsLeft = progress.attemptsAllowed() == 0 || progress.attemptsUsed() < progress.attemptsAllowed();
            return switch (progress.status()) {
                case NOT_STARTED -> "Take the quiz";
                case IN_PROGRESS -> "Continue the quiz";
                case FAILED -> attemptsLeft ? "Try the quiz again" : "Open the quiz";
                case SUBMITTED, PASSED -> "Open the quiz";
            };
        }

        /** The grade by the cohort's grading method, as the review policy lets it be seen; null otherwise. */
        public String getGrade() {
            if (progress.gradePercent() == null) {
                return null;
            }
            return Math.round(progress.gradePercent()) + " %" + (progress.passMarkPercent() == null ? ""
                    : " (the pass mark is " + progress.passMarkPercent() + " %)");
        }

        public String getAttempts() {
            return progress.attemptsAllowed() == 0 ? progress.attemptsUsed() + " used (no limit)"
                    : progress.attemptsUsed() + " of " + progress.attemptsAllowed() + " used";
        }

        public String getStatus() {
            return quizStatus();
        }
    }
}
