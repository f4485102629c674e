package dev.ascent.grade;

import dev.ascent.attempt.AttemptViews;
import dev.ascent.attempt.QuizResult;
import dev.ascent.attempt.StaffAttempts;
import dev.ascent.grade.Gradebook.Cell;
import dev.ascent.grade.Gradebook.LearnerRow;
import dev.ascent.grade.Gradebook.UnitColumn;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One learner of a cohort for staff (app/teach/learner.xhtml?cohort=…&person=…): each unit's grade
 * (computed or set by staff), every attempt with every item as the learner saw it, the answer, the
 * key, outcome, credit and last save, whatever the learner's review policy; and the changes staff
 * may make, each with a reason: an item's credit, the unit grade (set or removed), a comment per
 * attempt. One editor form serves them all; the audit trail is listed at the end.
 */
@Named
@ViewScoped
public class LearnerGradesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String EDITOR = "editor";
    private static final java.time.format.DateTimeFormatter SAVE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    @Inject
    GradebookService gradebooks;
    @Inject
    StaffAttempts attempts;
    @Inject
    OverrideService overrides;

    private String cohortId;
    private String personId;
    private String cohortName;
    private LearnerRow row;
    private List<UnitView> units = List.of();
    private Overrides.LearnerMarks marks;

    /** What the editor changes: ITEM_CREDIT, UNIT_GRADE, REMOVE_UNIT_GRADE or COMMENT; null when closed. */
    private String mode;
    private String editAttemptId;
    private String editItemId;
    private String editUnitKey;
    private String editLabel;
    private Double value;
    private String text;
    private String reason;

    /** A unit with its column, the learner's cell and their attempts at its quiz as staff see them. */
    public record UnitView(UnitColumn column, Cell cell, boolean overridden, List<AttemptViews.StaffAttempt> attempts)
            implements Serializable {
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (cohortId == null || cohortId.isBlank() || personId == null || personId.isBlank()) {
            PageActions.global().error("No learner", "Open a learner from the gradebook of one of your cohorts.");
            return;
        }
        refresh();
    }

    private void refresh() {
        PageActions.global().call(() -> gradebooks.learner(cohortId, personId), "Learner not found").ifPresent(page -> {
            cohortName = page.cohortName();
            row = page.rows().get(0);
            marks = overrides.marks(cohortId, personId);
            Map<String, Overrides.UnitOverride> set = new java.util.HashMap<>();
            marks.overrides().forEach(o -> set.put(o.unitKey(), o));
            List<UnitView> views = new ArrayList<>();
            for (int i = 0; i < page.units().size(); i++) {
                UnitColumn column = page.units().get(i);
                List<AttemptViews.StaffAttempt> taken = column.quizId() == null ? List.of()
                        : attempts.review(column.quizId(), personId, cohortId).attempts();
                views.add(new UnitView(column, row.units().get(i), set.containsKey(column.unitKey()), taken));
            }
            units = List.copyOf(views);
        });
    }

    // --- the editor ----------------------------------------------------------------------------------

    public void editCredit(AttemptViews.StaffAttempt attempt, AttemptViews.StaffItem item, int number) {
        open("ITEM_CREDIT", "Credit for question " + number + " of attempt " + attempt.number());
        editAttemptId = attempt.id();
        editItemId = item.itemId();
        value = item.credit();
    }

    public void editComment(AttemptViews.StaffAttempt attempt) {
        open("COMMENT", "Comment to the learner on attempt " + attempt.number());
        editAttemptId = attempt.id();
        text = attempt.comment() == null ? null : attempt.comment().text();
    }

    public void editUnitGrade(UnitView unit) {
        open("UNIT_GRADE", "Grade for unit " + unit.column().number() + ". " + unit.column().title());
        editUnitKey = unit.column().unitKey();
        value = unit.cell().gradePercent() == null ? null : Math.round(unit.cell().gradePercent() * 100) / 100.0;
    }

    public void removeUnitGrade(UnitView unit) {
        open("REMOVE_UNIT_GRADE", "Remove the grade you set for unit " + unit.column().number() + ". "
                + unit.column().title() + " (the grade the attempts make applies again)");
        editUnitKey = unit.column().unitKey();
    }

    private void open(String mode, String label) {
        this.mode = mode;
        this.editLabel = label;
        this.editAttemptId = null;
        this.editItemId = null;
        this.editUnitKey = null;
        this.value = null;
        this.text = null;
        this.reason = null;
    }

    public void cancel() {
        mode = null;
    }

    public void save() {
        if (mode == null) {
            return;
        }
        Map<String, PageActions.Field> fields = Map.of(
                "credit", new PageActions.Field("editor:value", "Credit"),
                "percent", new PageActions.Field("editor:value", "Grade"),
                "text", new PageActions.Field("editor:text", "Comment"),
                "reason", new PageActions.Field("editor:reason", "Reason"));
        String why = reason;
        var done = PageActions.at(EDITOR).call(() -> switch (mode) {
            case "ITEM_CREDIT" -> overrides.setItemCredit(editAttemptId, editItemId, value, why);
            case "UNIT_GRADE" -> overrides.setUnitGrade(cohortId, personId, editUnitKey, value, why);
            case "REMOVE_UNIT_GRADE" -> overrides.removeUnitGrade(cohortId, personId, editUnitKey, why).orElse(null);
            case "COMMENT" -> overrides.setComment(editAttemptId, text == null ? "" : text, why);
            default -> throw new IllegalStateException(mode);
        }, "Not saved", fields);
        if (done.isPresent() || !FacesContext.getCurrentInstance().isValidationFailed()) {
            String label = editLabel;
            mode = null;
            refresh();
            PageActions.global().info("Saved", label + ": changed, with your reason in the history below.");
        }
    }

    // --- what the page shows -------------------------------------------------------------------------

    public boolean isFound() {
        return row != null;
    }

    public String getTitle() {
        return row == null ? "Learner" : row.name() + " — grades and attempts";
    }

    public String percent(Double value) {
        return GradebookPage.percent(value);
    }

    public String when(java.time.Instant instant) {
        return instant == null ? "–" : PageFormat.when(instant);
    }

    public String stateLabel(Cell cell) {
        return switch (cell.state()) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case PASSED -> "Passed";
            case FAILED -> "Failed";
        };
    }

    /** An answer (the learner's or the key) in words, under the options as the learner saw them. */
    public String answer(AttemptViews.StaffItem item, dev.ascent.quiz.Answer answer) {
        String words = QuizResult.describe(new AttemptViews.PresentedItem(item.itemId(), item.type(), item.stem(),
                item.unit(), item.options(), item.prompts()), answer);
        return words == null ? "–" : words;
    }

    /** The item's save log in one line: "Saved 3 times: 10:02:11, 10:04:40, 10:05:02" (UTC). */
    public String saveSummary(AttemptViews.StaffItem item) {
        int n = item.saves().size();
        return (n == 1 ? "Saved once: " : "Saved " + n + " times: ") + item.saves().stream()
                .map(save -> clock(save.savedAt())).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The time of day of a save, to the second, in UTC (the day is in "Last saved"). */
    public String clock(java.time.Instant instant) {
        return instant == null ? "–" : SAVE_TIME.format(instant);
    }

    public String credit(AttemptViews.StaffItem item) {
        return item.credit() == null ? "–" : String.format(Locale.ROOT, "%.2f", item.credit()).replaceAll("\\.?0+$", "");
    }

    public String outcome(AttemptViews.StaffItem item) {
        if (item.outcome() == null) {
            return "Not graded yet";
        }
        String o = item.outcome().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(o.charAt(0)) + o.substring(1);
    }

    public String kindLabel(Overrides.AuditEntry entry) {
        return switch (entry.kind()) {
            case "ITEM_CREDIT" -> "Item credit";
            case "UNIT_GRADE" -> "Unit grade set";
            case "UNIT_GRADE_REMOVED" -> "Unit grade removed";
            case "COMMENT" -> "Comment";
            default -> entry.kind();
        };
    }

    public String gradebookUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teach/gradebook.xhtml?cohort=" + cohortId;
    }

    public boolean isEditing() {
        return mode != null;
    }

    public boolean isNumberMode() {
        return "ITEM_CREDIT".equals(mode) || "UNIT_GRADE".equals(mode);
    }

    public String getValueLabel() {
        return "ITEM_CREDIT".equals(mode) ? "Credit (0 to 1)" : "Grade (percent, 0 to 100)";
    }

    public String getValueMax() {
        return "ITEM_CREDIT".equals(mode) ? "1" : "100";
    }

    public boolean isCommentMode() {
        return "COMMENT".equals(mode);
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public List<Overrides.AuditEntry> getAudit() {
        return marks == null ? List.of() : marks.audit();
    }

    public LearnerRow getRow() {
        return row;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getEditLabel() {
        return editLabel;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
