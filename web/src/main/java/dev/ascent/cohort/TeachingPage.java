package dev.ascent.cohort;

import dev.ascent.cohort.CohortAdminPage.RosterRow;
import dev.ascent.identity.AccountService;
import dev.ascent.provider.ProviderPage.CohortRow;
import dev.ascent.provider.ProviderPage.PersonRow;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The instructor's pages, read-only: the cohorts I teach (app/teach/index.xhtml) and one of their
 * rosters (app/teach/cohort.xhtml?cohort=…). The services decide what an instructor may see.
 */
@Named
@ViewScoped
public class TeachingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;
    @Inject
    EnrollmentService enrollments;
    @Inject
    AccountService accounts;

    private String cohortId;
    private CohortView cohort;
    private transient List<CohortRow> mine;
    private transient List<RosterRow> roster;

    /** Only cohorts I teach, not those I run as a provider admin (those are under Providers). */
    public List<CohortRow> getCohorts() {
        if (mine == null) {
            Set<String> teaching = accounts.me().instructsCohorts();
            mine = teaching.isEmpty() ? List.of()
                    : PageActions.global().call(() -> cohorts.list(null), "Your cohorts could not be shown").orElse(List.of())
                            .stream().filter(c -> teaching.contains(c.id())).map(CohortRow::new).toList();
        }
        return mine;
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (cohortId == null || cohortId.isBlank()) {
            PageActions.global().error("No cohort", "Choose one of the cohorts you teach.");
            return;
        }
        PageActions.global().call(() -> cohorts.get(cohortId), "Cohort not found").ifPresent(found -> cohort = found);
    }

    public boolean isFound() {
        return cohort != null;
    }

    public String getTitle() {
        return cohort == null ? "Cohort" : cohort.name();
    }

    public String getProviderName() {
        return cohort == null ? null : cohort.providerName();
    }

    public String getCourse() {
        return cohort == null ? null : cohort.courseTitle() + " (version " + cohort.courseVersion() + ")";
    }

    public String getPeriod() {
        String period = cohort == null ? "" : PageFormat.period(cohort.startsOn(), cohort.endsOn());
        return period.isEmpty() ? "no dates set" : period;
    }

    public long getLearners() {
        return cohort == null ? 0 : cohort.learners();
    }

    public List<PersonRow> getInstructors() {
        return cohort == null ? List.of() : cohort.instructors().stream().map(PersonRow::new).toList();
    }

    public List<RosterRow> getRoster() {
        if (roster == null) {
            roster = cohort == null ? List.of()
                    : PageActions.global().call(() -> enrollments.roster(cohortId), "The roster could not be shown")
                            .orElse(List.of()).stream().map(RosterRow::new).toList();
        }
        return roster;
    }

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }
}
