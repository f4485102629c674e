package dev.ascent.cohort;

import dev.ascent.cohort.CohortAdminPage.RosterRow;
import dev.ascent.provider.ProviderPage.PersonRow;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** What every page about one cohort shows: its facts, instructors and roster (admin and instructor views). */
abstract class CohortPageBase implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;
    @Inject
    EnrollmentService enrollments;

    protected String cohortId;
    protected CohortView cohort;
    protected transient List<RosterRow> roster;

    public boolean isFound() {
        return cohort != null;
    }

    public String getTitle() {
        return cohort == null ? "Cohort" : cohort.name();
    }

    public String getProviderId() {
        return cohort == null ? null : cohort.providerId();
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
