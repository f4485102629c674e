package dev.ascent.cohort;

import dev.ascent.learning.Learning;
import dev.ascent.learning.Learning.UnitProgress;
import dev.ascent.learning.MyLearningService;
import dev.ascent.provider.Branding;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "My learning": the learner's cohorts as roadmaps of units, and joining a cohort with a code. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String CODE = "join:code";

    @Inject
    MyLearningService learning;
    @Inject
    InviteService invites;

    private String code;
    private transient List<Learning> cohorts;

    public List<Learning> getCohorts() {
        if (cohorts == null) {
            cohorts = PageActions.global().call(learning::mine, "Your learning could not be shown").orElse(List.of());
        }
        return cohorts;
    }

    public void join() {
        if (code == null || code.isBlank()) {
            PageActions.fieldError(CODE, "Enter the invite code you were given.");
            return;
        }
        PageActions.at("join").call(() -> invites.accept(code.strip()), "Not joined",
                        Map.of("code", new PageActions.Field(CODE, "Invite code")))
                .ifPresent(joined -> {
                    PageActions.at("join").info("Joined", "You are in " + joined.cohortName() + " of " + joined.providerName() + ".");
                    code = null;
                    cohorts = null;
                });
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String period(Learning cohort) {
        return PageFormat.period(cohort.startsOn(), cohort.endsOn());
    }

    /**
     * The provider's colours as CSS custom properties. The service accepts only #rrggbb, so
     * nothing else can reach the style attribute; the page falls back to its own colours.
     */
    public String brandStyle(Learning cohort) {
        Branding brand = cohort.provider();
        StringBuilder style = new StringBuilder();
        if (brand.primaryColor() != null) {
            style.append("--brand:").append(brand.primaryColor()).append(';');
        }
        if (brand.accentColor() != null) {
            style.append("--brand-accent:").append(brand.accentColor()).append(';');
        }
        return style.toString();
    }

    /** not-started, in-progress, submitted, passed, failed: a CSS class. */
    public String statusClass(UnitProgress unit) {
        return unit.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String status(UnitProgress unit) {
        return switch (unit.status()) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case PASSED -> "Passed";
            case FAILED -> "Not passed yet";
        };
    }

    /**
     * The unit grade by the quiz's grading method, or the one the instructor set (which wins until
     * removed); "—" before the first submission and while the review policy hides the score.
     */
    public String grade(UnitProgress unit) {
        if (unit.gradePercent() == null) {
            return "—";
        }
        return Math.round(unit.gradePercent()) + " %" + (Boolean.TRUE.equals(unit.gradeOverridden()) ? " (set by your instructor)" : "");
    }

    /** "—" before the first submission and while the cohort's review policy hides the score. */
    public String bestScore(UnitProgress unit) {
        return unit.bestScorePercent() == null ? "—" : Math.round(unit.bestScorePercent()) + " %";
    }

    public String attempts(UnitProgress unit) {
        return unit.attemptsAllowed() == 0 ? unit.attemptsUsed() + " (no limit)"
                : unit.attemptsUsed() + " of " + unit.attemptsAllowed();
    }

    /** The quiz link is offered while attempts are left, and to open a passed or submitted one. */
    public boolean quizOffered(UnitProgress unit) {
        return unit.quizId() != null && (unit.attemptsAllowed() == 0 || unit.attemptsUsed() < unit.attemptsAllowed()
                || unit.status() == Learning.Status.PASSED || unit.status() == Learning.Status.SUBMITTED);
    }

    /** Shown with the score only (the quiz page hides it too while the score is hidden). */
    public String passMark(UnitProgress unit) {
        return unit.passMarkPercent() == null ? "—" : unit.passMarkPercent() + " %";
    }

    public String deadline(UnitProgress unit) {
        return unit.deadline() == null ? "none" : PageFormat.when(unit.deadline());
    }

    /** The quiz page of this unit in this cohort (built by the quiz feature). */
    public String quizPath(Learning cohort, UnitProgress unit) {
        return "/app/quiz.xhtml?quiz=" + unit.quizId() + "&cohort=" + cohort.cohortId();
    }

    public String action(UnitProgress unit) {
        return switch (unit.status()) {
            case NOT_STARTED -> "Start the quiz";
            case IN_PROGRESS -> "Continue the quiz";
            case FAILED -> "Try the quiz again";
            case SUBMITTED, PASSED -> "Open the quiz";
        };
    }

    /** The next step is reading the unit's lesson (before its quiz). */
    public boolean nextIsReading(Learning cohort) {
        return cohort.nextAction() == Learning.NextAction.READ;
    }

    /** The unit page (its lesson) in this cohort. */
    public String unitPath(Learning cohort, UnitProgress unit) {
        return "/app/unit.xhtml?course=" + encode(cohort.courseSlug()) + "&unit=" + encode(unit.unitKey())
                + "&cohort=" + encode(cohort.cohortId());
    }

    public String readAction(UnitProgress unit) {
        return unit.read() ? "Read the lesson again" : "Read the lesson";
    }

    /** What the latest attempt showed as weak, each with the section that teaches it. */
    public List<WeakObjective> weakObjectives(Learning cohort, UnitProgress unit) {
        return unit.weakObjectives().stream()
                .map(o -> new WeakObjective(o.text(), unitPath(cohort, unit) + "#" + o.anchor(), o.section()))
                .toList();
    }

    /** An objective to work on: its text, and the lesson section (path and title) that teaches it. */
    public record WeakObjective(String text, String path, String section) {
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
