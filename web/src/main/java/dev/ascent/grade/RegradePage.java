package dev.ascent.grade;

import dev.ascent.attempt.RegradeService;
import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.cohort.EnrollmentService;
import dev.ascent.cohort.EnrollmentView;
import dev.ascent.course.CourseService;
import dev.ascent.identity.PersonDirectory;
import dev.ascent.identity.PersonRef;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Re-grading one item of a cohort's quiz after a newer course version corrected its key
 * (app/teach/regrade.xhtml?cohort=…&amp;quiz=…), for the cohort's staff: choose the item and the
 * corrected version, see the dry run (attempts and grades, old → new), then apply with a reason;
 * the audit of past re-grades follows. Everything goes through {@link RegradeService}.
 */
@Named
@ViewScoped
public class RegradePage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "regrade";

    @Inject
    RegradeService regrades;
    @Inject
    ItemAnalysisService analyses;
    @Inject
    CohortService cohorts;
    @Inject
    CourseService courses;
    @Inject
    EnrollmentService enrollments;
    @Inject
    PersonDirectory directory;

    /** An item to choose: its key and a label staff recognise. */
    public record ItemChoice(String key, String label) implements Serializable {
    }

    private String cohortId;
    private String quizId;
    private String unitKey;
    private String quizTitle;
    private String cohortName;
    private int cohortVersion;
    private List<ItemChoice> items = List.of();
    private List<Integer> versions = List.of();
    private Map<String, String> names = Map.of();
    private List<RegradeService.AuditEntry> audit = List.of();

    private String itemKey;
    private Integer correctedVersion;
    private String reason;
    private RegradeService.Plan plan;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (cohortId == null || cohortId.isBlank() || quizId == null || quizId.isBlank()) {
            PageActions.global().error("No quiz", "Open re-grading from a unit's item analysis in a cohort's gradebook.");
            return;
        }
        PageActions.global().call(() -> {
            CohortView cohort = cohorts.get(cohortId);
            ItemAnalysis analysis = analyses.analyse(cohortId, quizId);
            cohortName = cohort.name();
            cohortVersion = cohort.courseVersion();
            unitKey = analysis.unitKey();
            quizTitle = analysis.quizTitle();
            items = analysis.items().stream()
                    .map(i -> new ItemChoice(i.itemKey(), i.position() + ". " + shorten(i.stem()) + " (" + i.itemKey() + ")"))
                    .toList();
            int current = courses.outline(cohort.courseSlug()).version();
            List<Integer> newer = new ArrayList<>();
            for (int v = current; v > cohortVersion; v--) {
                newer.add(v);
            }
            versions = List.copyOf(newer);
            Map<String, String> byPerson = new HashMap<>();
            for (EnrollmentView e : enrollments.roster(cohortId)) {
                byPerson.put(e.personId(), e.name() == null || e.name().isBlank() ? e.email() : e.name());
            }
            names = byPerson;
            refreshAudit();
            return cohort;
        }, "Re-grading not available").ifPresent(found -> {
            if (!versions.isEmpty()) {
                correctedVersion = versions.get(0);
            }
        });
    }

    public void dryRun() {
        plan = null;
        if (!isFound()) {
            return;
        }
        String key = itemKey;
        Integer version = correctedVersion;
        PageActions.at(FORM).call(() -> regrades.dryRun(cohortId, unitKey, key, version), "No dry run", fields())
                .ifPresent(found -> plan = found);
    }

    public void apply() {
        if (!isFound()) {
            return;
        }
        if (plan == null || !plan.itemKey().equals(itemKey) || !Objects.equals(plan.correctedVersion(), correctedVersion)) {
            PageActions.at(FORM).error("Dry run first", "Run the dry run for this item and version before applying.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String key = itemKey;
        Integer version = correctedVersion;
        String why = reason;
        PageActions.at(FORM).call(() -> regrades.apply(cohortId, unitKey, key, version, why), "Not re-graded", fields())
                .ifPresent(done -> {
                    plan = null;
                    reason = null;
                    refreshAudit();
                    PageActions.global().info("Re-graded", done.attempts().size() + " attempt(s) and "
                            + done.grades().size() + " grade(s) changed; the audit below lists every change.");
                });
    }

    /** The audit, and the names of the staff who re-graded (they need not be in the roster). */
    private void refreshAudit() {
        audit = regrades.audit(cohortId, unitKey);
        Map<String, String> known = new HashMap<>(names);
        directory.refs(audit.stream().map(RegradeService.AuditEntry::changedBy).filter(id -> !known.containsKey(id))
                .toList()).forEach((id, ref) -> known.put(id, label(ref)));
        names = known;
    }

    private static String label(PersonRef ref) {
        return ref.name() == null || ref.name().isBlank() ? ref.email() : ref.name();
    }

    private static Map<String, PageActions.Field> fields() {
        return Map.of(
                "itemKey", new PageActions.Field(FORM + ":item", "Item"),
                "correctedVersion", new PageActions.Field(FORM + ":version", "Corrected version"),
                "reason", new PageActions.Field(FORM + ":reason", "Reason"));
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replaceAll("\\s+", " ").strip();
        return plain.length() > 80 ? plain.substring(0, 79) + "…" : plain;
    }

    // --- what the page shows -------------------------------------------------------------------------

    public boolean isFound() {
        return unitKey != null;
    }

    public String getTitle() {
        return quizTitle == null ? "Re-grade" : "Re-grade: " + quizTitle;
    }

    public String getCohortName() {
        return cohortName;
    }

    public int getCohortVersion() {
        return cohortVersion;
    }

    public List<ItemChoice> getItems() {
        return items;
    }

    public List<Integer> getVersions() {
        return versions;
    }

    public RegradeService.Plan getPlan() {
        return plan;
    }

    public List<RegradeService.AuditEntry> getAudit() {
        return audit;
    }

    public String name(String personId) {
        return names.getOrDefault(personId, personId);
    }

    public String credit(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String score(double value, double max) {
        return String.format(Locale.ROOT, "%.2f / %.2f", value, max);
    }

    public String percent(Double value) {
        return GradebookPage.percent(value);
    }

    public String passed(Boolean value) {
        return value == null ? "–" : value ? "passed" : "not passed";
    }

    public String when(Instant instant) {
        return instant == null ? "–" : PageFormat.when(instant);
    }

    public String gradebookUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teach/gradebook.xhtml?cohort=" + cohortId;
    }

    public String itemAnalysisUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teach/item-analysis.xhtml?cohort=" + cohortId + "&quiz=" + quizId;
    }

    // --- the form ------------------------------------------------------------------------------------

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public Integer getCorrectedVersion() {
        return correctedVersion;
    }

    public void setCorrectedVersion(Integer correctedVersion) {
        this.correctedVersion = correctedVersion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
