package dev.ascent.cohort;

import dev.ascent.learning.Learning;
import dev.ascent.learning.MyLearningService;
import dev.ascent.provider.Branding;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private transient List<CohortCard> cohorts;

    public List<CohortCard> getCohorts() {
        if (cohorts == null) {
            cohorts = PageActions.global().call(learning::mine, "Your learning could not be shown")
                    .orElse(List.of()).stream().map(CohortCard::new).toList();
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

    /** One cohort: EL cannot read records, so the page gets JavaBeans. */
    public static class CohortCard {
        private final Learning learning;

        CohortCard(Learning learning) {
            this.learning = learning;
        }

        public String getId() {
            return learning.cohortId();
        }

        public String getName() {
            return learning.cohortName();
        }

        public String getCourseTitle() {
            return learning.courseTitle();
        }

        public String getPeriod() {
            return PageFormat.period(learning.startsOn(), learning.endsOn());
        }

        public String getProviderName() {
            return learning.provider().name();
        }

        public String getLogoUrl() {
            return learning.provider().logoUrl();
        }

        /**
         * The provider's colours as CSS custom properties. The service accepts only #rrggbb, so
         * nothing else can reach the style attribute; the page falls back to its own colours.
         */
        public String getBrandStyle() {
            Branding brand = learning.provider();
            StringBuilder style = new StringBuilder();
            if (brand.primaryColor() != null) {
                style.append("--brand:").append(brand.primaryColor()).append(';');
            }
            if (brand.accentColor() != null) {
                style.append("--brand-accent:").append(brand.accentColor()).append(';');
            }
            return style.toString();
        }

        public int getPercent() {
            return learning.progressPercent();
        }

        public int getPassed() {
            return learning.unitsPassed();
        }

        public int getUnitCount() {
            return learning.unitCount();
        }

        public List<UnitRow> getUnits() {
            return learning.units().stream().map(unit -> new UnitRow(unit, learning)).toList();
        }

        public UnitRow getNext() {
            return learning.nextStep() == null ? null : new UnitRow(learning.nextStep(), learning);
        }

        /** The next step is reading the unit's lesson (before its quiz). */
        public boolean isNextIsReading() {
            return learning.nextAction() == Learning.NextAction.READ;
        }
    }

    /** An objective to work on: its text, and the lesson section (path and title) that teaches it. */
    public record WeakObjective(String text, String path, String section) {
    }

    private static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static class UnitRow {
        private final Learning.UnitProgress unit;
        private final String cohortId;
        private final String courseSlug;

        UnitRow(Learning.UnitProgress unit, Learning learning) {
            this.unit = unit;
            this.cohortId = learning.cohortId();
            this.courseSlug = learning.courseSlug();
        }

        public boolean isRead() {
            return unit.read();
        }

        /** The unit page (its lesson) in this cohort. */
        public String getUnitPath() {
            return "/app/unit.xhtml?course=" + encode(courseSlug) + "&unit=" + encode(unit.unitKey()) + "&cohort="
                    + encode(cohortId);
        }

        /** What the latest attempt showed as weak, each with the section that teaches it. */
        public List<WeakObjective> getWeakObjectives() {
            return unit.weakObjectives().stream()
                    .map(o -> new WeakObjective(o.text(), getUnitPath() + "#" + o.anchor(), o.section()))
                    .toList();
        }

        public String getKey() {
            return unit.unitKey();
        }

        public int getNumber() {
            return unit.number();
        }

        public String getTitle() {
            return unit.title();
        }

        /** not-started, in-progress, submitted, passed, failed: a CSS class. */
        public String getStatusClass() {
            return unit.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String getStatus() {
            return switch (unit.status()) {
                case NOT_STARTED -> "Not started";
                case IN_PROGRESS -> "In progress";
                case SUBMITTED -> "Submitted";
                case PASSED -> "Passed";
                case FAILED -> "Not passed yet";
            };
        }

        /** "—" before the first submission and while the cohort's review policy hides the score. */
        public String getBestScore() {
            return unit.bestScorePercent() == null ? "—" : Math.round(unit.bestScorePercent()) + " %";
        }

        public String getAttempts() {
            return unit.attemptsAllowed() == 0 ? unit.attemptsUsed() + " (no limit)"
                    : unit.attemptsUsed() + " of " + unit.attemptsAllowed();
        }

        public boolean isAttemptsLeft() {
            return unit.attemptsAllowed() == 0 || unit.attemptsUsed() < unit.attemptsAllowed();
        }

        /** Shown with the score only (the quiz page hides it too while the score is hidden). */
        public String getPassMark() {
            return unit.passMarkPercent() == null ? "—" : unit.passMarkPercent() + " %";
        }

        public String getDeadline() {
            return unit.deadline() == null ? "none" : PageFormat.when(unit.deadline());
        }

        public boolean isHasQuiz() {
            return unit.quizId() != null;
        }

        /** The quiz page of this unit in this cohort (built by the quiz feature). */
        public String getQuizPath() {
            return "/app/quiz.xhtml?quiz=" + unit.quizId() + "&cohort=" + cohortId;
        }

        public String getReadAction() {
            return unit.read() ? "Read the lesson again" : "Read the lesson";
        }

        public String getAction() {
            return switch (unit.status()) {
                case NOT_STARTED -> "Start the quiz";
                case IN_PROGRESS -> "Continue the quiz";
                case FAILED -> "Try the quiz again";
                case SUBMITTED, PASSED -> "Open the quiz";
            };
        }
    }
}
