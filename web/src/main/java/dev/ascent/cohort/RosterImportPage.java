package dev.ascent.cohort;

import dev.ascent.shared.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Roster import in two steps: preview a file (uploaded or pasted), which writes nothing and
 * reports every row's problem with its line number; then import exactly the text that was
 * previewed. The service writes all good rows in one transaction, so a failure loses nothing.
 */
@Named
@ViewScoped
public class RosterImportPage extends CohortPageBase {
    private static final long serialVersionUID = 1L;
    /** The service's limit in characters; a UTF-8 file of this many characters may be up to about twice as large. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private transient UploadedFile file;
    private String text;
    /** The text the last preview read: what "Import" sends, so the import is what was previewed. */
    private String previewed;
    private String source;
    private RosterReport report;

    public void load() {
        lookUp("Choose a cohort on its provider's page.", true);
    }

    public void preview() {
        String csv;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_FILE_BYTES) {
                PageActions.fieldError("import:file", "The file is larger than 4 MB; split it into smaller files.");
                return;
            }
            csv = new String(file.getContent(), StandardCharsets.UTF_8);
            source = "the file " + file.getFileName();
        } else if (text != null && !text.isBlank()) {
            csv = text;
            source = "the pasted text";
        } else {
            PageActions.fieldError("import:text", "Choose a file or paste the roster text.");
            return;
        }
        // A byte order mark from spreadsheet exports would otherwise be part of the first column's name.
        String withoutBom = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        report = null;
        previewed = null;
        PageActions.at("import").call(() -> enrollments.importRoster(cohortId, withoutBom, true), "Not previewed")
                .ifPresent(result -> {
                    report = result;
                    previewed = withoutBom;
                });
    }

    public void confirm() {
        if (previewed == null) {
            PageActions.at("import").error("Nothing to import", "Preview a file first.");
            return;
        }
        PageActions.at("import").call(() -> enrollments.importRoster(cohortId, previewed, false), "Not imported")
                .ifPresent(result -> {
                    report = result;
                    previewed = null;
                    text = null;
                });
    }

    /** Back to choosing a file, forgetting the preview. */
    public void startOver() {
        report = null;
        previewed = null;
        source = null;
    }

    @Override
    public String getTitle() {
        return cohort == null ? "Import learners" : "Import learners into " + cohort.name();
    }

    public boolean isHasReport() {
        return report != null;
    }

    public boolean isPreview() {
        return report != null && report.preview();
    }

    public boolean isImported() {
        return report != null && !report.preview();
    }

    /** Import is offered after a preview that found at least one good row. */
    public boolean isCanImport() {
        return isPreview() && report.accepted() > 0 && previewed != null;
    }

    public String getSummary() {
        if (report == null) {
            return "";
        }
        String rows = report.rows() == 1 ? "1 row" : report.rows() + " rows";
        String verb = report.preview() ? "would be added" : "added";
        StringBuilder summary = new StringBuilder()
                .append(rows).append(" read from ").append(source).append(": ")
                .append(report.accepted()).append(' ').append(verb);
        if (report.newAccounts() > 0) {
            summary.append(" (").append(report.newAccounts()).append(report.preview() ? " would get" : " got")
                    .append(report.newAccounts() == 1 ? " a new account" : " new accounts").append(')');
        }
        if (report.reactivated() > 0) {
            summary.append(", ").append(report.reactivated()).append(" back after a withdrawal");
        }
        summary.append("; ").append(report.issues().isEmpty() ? "no problems."
                : report.issues().size() == 1 ? "1 problem." : report.issues().size() + " problems.");
        return summary.toString();
    }

    public String getImportLabel() {
        int accepted = report == null ? 0 : report.accepted();
        return "Import " + accepted + (accepted == 1 ? " learner" : " learners");
    }

    public List<RosterCsv.Issue> getIssues() {
        return report == null ? List.of() : report.issues();
    }

    /** An issue's column, or that it concerns the whole line. */
    public String column(RosterCsv.Issue issue) {
        return issue.column() == null ? "whole line" : issue.column();
    }

    public String problem(RosterCsv.Issue issue) {
        return switch (issue.problem()) {
            case EMPTY_FILE -> "Empty file";
            case MISSING_COLUMN -> "Missing column";
            case UNKNOWN_COLUMN -> "Unknown column";
            case MALFORMED -> "Not valid CSV";
            case FIELD_COUNT -> "Wrong number of fields";
            case BAD_EMAIL -> "Bad email";
            case MISSING_NAME -> "Missing name";
            case TOO_LONG -> "Too long";
            case DUPLICATE -> "Duplicate";
            case ALREADY_ENROLLED -> "Already enrolled";
        };
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
