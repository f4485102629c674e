package dev.ascent.grade;

import dev.ascent.shared.PageActions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Item analysis of one quiz in a cohort (app/teach/item-analysis.xhtml?cohort=…&amp;quiz=…), for
 * staff; or of one unit's quiz across a provider's cohorts (…?provider=…&amp;course=…&amp;unit=…),
 * for its admins, opened from the provider page.
 */
@Named
@ViewScoped
public class ItemAnalysisPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ItemAnalysisService analyses;

    private String cohortId;
    private String quizId;
    private String providerId;
    private String courseSlug;
    private String unitKey;
    private ItemAnalysis analysis;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (isAcrossProvider()) {
            if (courseSlug == null || courseSlug.isBlank() || unitKey == null || unitKey.isBlank()) {
                PageActions.global().error("No unit", "Open item analysis from a unit on the provider page.");
                return;
            }
            PageActions.global().call(() -> analyses.analyseProvider(providerId, courseSlug, unitKey),
                    "Item analysis not found").ifPresent(found -> analysis = found);
            return;
        }
        if (cohortId == null || cohortId.isBlank() || quizId == null || quizId.isBlank()) {
            PageActions.global().error("No quiz", "Open item analysis from a unit of a cohort's gradebook.");
            return;
        }
        PageActions.global().call(() -> analyses.analyse(cohortId, quizId), "Item analysis not found")
                .ifPresent(found -> analysis = found);
    }

    public boolean isFound() {
        return analysis != null;
    }

    public ItemAnalysis getAnalysis() {
        return analysis;
    }

    public String getTitle() {
        return analysis == null ? "Item analysis" : "Item analysis: " + analysis.quizTitle();
    }

    /** True for the analysis across all cohorts of a provider (no cohort, no responses export). */
    public boolean isAcrossProvider() {
        return providerId != null && !providerId.isBlank();
    }

    public String providerUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/provider/provider.xhtml?provider=" + providerId;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public void setCourseSlug(String courseSlug) {
        this.courseSlug = courseSlug;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public void setUnitKey(String unitKey) {
        this.unitKey = unitKey;
    }

    /** The responses export of this quiz in this cohort: a row per attempt and item. */
    public String responsesUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/cohorts/" + cohortId + "/quizzes/" + quizId + "/responses/export?format=" + format;
    }

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

    public String getAlpha() {
        return analysis == null || analysis.alpha() == null ? "not enough data" : decimal(analysis.alpha());
    }

    public static String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String flags(ItemAnalysis.ItemRow row) {
        return row.flags().stream().map(ItemAnalysisPage::flagLabel).collect(Collectors.joining(", "));
    }

    public List<String> flagLabels(ItemAnalysis.ItemRow row) {
        return row.flags().stream().map(ItemAnalysisPage::flagLabel).toList();
    }

    static String flagLabel(String flag) {
        return switch (flag) {
            case "TOO_HARD" -> "too hard";
            case "TOO_EASY" -> "too easy";
            case "LOW_DISCRIMINATION" -> "low discrimination";
            default -> flag.toLowerCase(Locale.ROOT);
        };
    }

    public String options(ItemAnalysis.ItemRow row) {
        return row.options().stream().map(o -> o.text() + (o.correct() ? " (key)" : "") + ": " + o.chosen())
                .collect(Collectors.joining("; "));
    }

    /** Facility per item as bars; flagged items stand out; text alternative in {@link #getChartText()}. */
    public List<Charts.Bar> getBars() {
        if (analysis == null) {
            return List.of();
        }
        List<ItemAnalysis.ItemRow> items = analysis.items();
        return Charts.bars(items.stream().map(ItemAnalysis.ItemRow::facility).toList(), 1,
                items.stream().map(i -> "Item " + i.position() + ": facility " + decimal(i.facility())
                        + (i.flags().isEmpty() ? "" : ", " + flags(i))).toList(),
                items.stream().map(i -> String.valueOf(i.position())).toList(),
                items.stream().map(i -> i.flags().isEmpty() ? "bar" : "bar bar-flagged").toList());
    }

    public String getChartText() {
        if (analysis == null || analysis.items().isEmpty()) {
            return "No submitted attempts yet.";
        }
        return "Facility by item: " + analysis.items().stream()
                .map(i -> i.position() + " " + decimal(i.facility()) + (i.flags().isEmpty() ? "" : " (" + flags(i) + ")"))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** y of a facility value in the chart's view box (for the 0.2 and 0.95 lines). */
    public double y(double facility) {
        return Math.round((Charts.HEIGHT - 14 - (Charts.HEIGHT - 14) * facility) * 10) / 10.0;
    }

    public String gradebookUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teach/gradebook.xhtml?cohort=" + cohortId;
    }
}
