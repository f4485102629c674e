package dev.ascent.grade;

import dev.ascent.grade.Gradebook.Cell;
import dev.ascent.grade.Gradebook.LearnerRow;
import dev.ascent.grade.Gradebook.UnitColumn;
import dev.ascent.grade.Gradebook.UnitSummary;
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
import java.util.stream.IntStream;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The gradebook page (app/teach/gradebook.xhtml?cohort=…): the cohort summary with a histogram
 * per unit, filters, and a lazy table that asks the service for one page at a time, so the view
 * never holds more than that page. Who may see it is the service's business.
 */
@Named
@ViewScoped
public class GradebookPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    GradebookService gradebooks;

    private String cohortId;
    private String status;
    private String unit;
    private String state;
    private String q;
    private String cohortName;
    private List<UnitColumn> units = List.of();
    private List<UnitSummary> summary = List.of();
    private int learners;
    private final Model model = new Model();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (cohortId == null || cohortId.isBlank()) {
            PageActions.global().error("No cohort", "Open the gradebook from one of your cohorts.");
            return;
        }
        // The table's first page (25 rows by name, as gradebook.xhtml asks) in the same call, so the
        // lazy model's first count and load reuse it instead of computing the gradebook again.
        Gradebook first = PageActions.global().call(() -> gradebooks.page(cohortId, query(0, FIRST_PAGE_ROWS, "name")),
                "Gradebook not found").orElse(null);
        if (first != null) {
            take(first);
            model.prime(first, 0, FIRST_PAGE_ROWS, "name");
        }
    }

    /** The table's rows per page at first (rows="25" in gradebook.xhtml). */
    static final int FIRST_PAGE_ROWS = 25;

    private void take(Gradebook page) {
        cohortName = page.cohortName();
        units = page.units();
        summary = page.summary();
        learners = page.learners();
    }

    /** The filter form's action: back to the first page with the new filters. */
    public void apply() {
        model.reset();
    }

    public void clear() {
        status = null;
        unit = null;
        state = null;
        q = null;
        model.reset();
    }

    GradebookQuery query(int page, int size, String sort) {
        return new GradebookQuery(page, size, status, unit, state, q, sort);
    }

    /** The lazy table's model: one service call per page (the count comes with it). */
    public class Model extends LazyDataModel<LearnerRow> {
        private static final long serialVersionUID = 1L;
        private transient Gradebook last;
        private transient String lastKey;
        private String sort = "name";

        void reset() {
            last = null;
            lastKey = null;
        }

        void prime(Gradebook page, int number, int size, String sortKey) {
            last = page;
            lastKey = key(number, size, sortKey);
        }

        private String key(int page, int size, String sortKey) {
            return page + "/" + size + "/" + sortKey + "/" + status + "/" + unit + "/" + state + "/" + q;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Gradebook page = fetch(0, getPageSize() > 0 ? getPageSize() : 25, sort);
            return page == null ? 0 : page.matching();
        }

        @Override
        public List<LearnerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                    .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField()).orElse("name");
            Gradebook page = fetch(first / Math.max(1, pageSize), pageSize, sort);
            if (page == null) {
                return List.of();
            }
            setRowCount(page.matching());
            return page.rows();
        }

        private Gradebook fetch(int page, int size, String sortKey) {
            String key = key(page, size, sortKey);
            if (last == null || !key.equals(lastKey)) {
                last = cohortId == null ? null : PageActions.global()
                        .call(() -> gradebooks.page(cohortId, query(page, size, sortKey)), "The gradebook could not be shown")
                        .orElse(null);
                lastKey = key;
                if (last != null) {
                    take(last);
                }
            }
            return last;
        }

        @Override
        public String getRowKey(LearnerRow row) {
            return row.personId();
        }

        @Override
        public LearnerRow getRowData(String rowKey) {
            return last == null ? null : last.rows().stream().filter(r -> r.personId().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Model getModel() {
        return model;
    }

    public boolean isFound() {
        return cohortName != null;
    }

    public String getTitle() {
        return cohortName == null ? "Gradebook" : "Gradebook: " + cohortName;
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

    public List<UnitColumn> getUnits() {
        return units;
    }

    public int getLearners() {
        return learners;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String exportUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/cohorts/" + cohortId
                + "/gradebook/export?format=" + format;
    }

    /** The learner's attempts and grades, where staff review and override them. */
    public String learnerUrl(LearnerRow row) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teach/learner.xhtml?cohort=" + cohortId + "&person=" + row.personId();
    }

    public String itemAnalysisUrl(UnitColumn column) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teach/item-analysis.xhtml?cohort=" + cohortId + "&quiz=" + column.quizId();
    }

    // --- what the page shows -------------------------------------------------------------------------

    /** A unit's summary as the page shows it, with its histogram. */
    public record UnitFigures(UnitColumn unit, UnitSummary summary, List<Charts.Bar> bars, String text)
            implements Serializable {
        public String attempted() {
            return String.valueOf(summary.attempted());
        }

        public String mean() {
            return percent(summary.meanPercent());
        }

        public String median() {
            return percent(summary.medianPercent());
        }

        public String passRate() {
            return summary.passRate() == null ? "–" : percent(100 * summary.passRate());
        }
    }

    public List<UnitFigures> getFigures() {
        List<UnitFigures> figures = new ArrayList<>();
        for (int i = 0; i < units.size() && i < summary.size(); i++) {
            UnitSummary s = summary.get(i);
            UnitColumn column = units.get(i);
            List<Integer> bins = s.histogram();
            int binWidth = 100 / bins.size();
            List<String> ranges = IntStream.range(0, bins.size())
                    .mapToObj(b -> b * binWidth + "–" + (b == bins.size() - 1 ? 100 : (b + 1) * binWidth - 1) + " %").toList();
            List<String> labels = IntStream.range(0, bins.size())
                    .mapToObj(b -> ranges.get(b) + ": " + bins.get(b) + (bins.get(b) == 1 ? " learner" : " learners")).toList();
            List<String> axis = IntStream.range(0, bins.size()).mapToObj(b -> b % 5 == 0 ? String.valueOf(b * binWidth) : "").toList();
            List<String> classes = IntStream.range(0, bins.size())
                    .mapToObj(b -> column.passMarkPercent() != null && b * binWidth >= column.passMarkPercent()
                            ? "bar bar-pass" : "bar").toList();
            String text = s.attempted() == 0 ? "Nobody has a grade yet."
                    : "Grades of " + s.attempted() + (s.attempted() == 1 ? " learner" : " learners") + ": "
                    + String.join("; ", labels) + ".";
            figures.add(new UnitFigures(column, s, Charts.bars(bins, 1, labels, axis, classes), text));
        }
        return figures;
    }

    public static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    public String grade(Cell cell) {
        return cell == null || cell.gradePercent() == null ? "–" : percent(cell.gradePercent());
    }

    public String stateLabel(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.state()) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case PASSED -> "Passed";
            case FAILED -> "Failed";
        };
    }

    public String attempts(Cell cell, UnitColumn column) {
        if (cell == null) {
            return "";
        }
        return cell.attemptsUsed() + (column.attemptsAllowed() > 0 ? " of " + column.attemptsAllowed() : "")
                + (cell.attemptsUsed() == 1 && column.attemptsAllowed() <= 1 ? " attempt" : " attempts");
    }

    public String lastActivity(LearnerRow row) {
        return row.lastActivity() == null ? "–" : PageFormat.when(row.lastActivity());
    }

    public String status(LearnerRow row) {
        String s = row.status().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
