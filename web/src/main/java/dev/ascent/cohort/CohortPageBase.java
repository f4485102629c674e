package dev.ascent.cohort;

import dev.ascent.identity.Navigation;
import dev.ascent.identity.PersonRef;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What every page about one cohort shares: the cohort named in the address (looked up once, with
 * the admin-only check where the page manages it), its facts, instructors and roster. The admin
 * pages (roster, invite codes, import) and the instructor's read-only view extend it. Rows are the
 * service's records, read in EL through their accessors ({@code #{row.name()}}).
 */
abstract class CohortPageBase implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;
    @Inject
    EnrollmentService enrollments;
    @Inject
    Navigation navigation;

    protected String cohortId;
    protected CohortView cohort;
    protected transient List<EnrollmentView> roster;

    /**
     * The view action's common part: on the first request, the cohort named in the address, or a
     * message at the top saying why not. With {@code managedOnly}, only its provider's admins get it.
     * False on a postback or when there is no cohort to show.
     */
    protected boolean lookUp(String whenNoneNamed, boolean managedOnly) {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return false;
        }
        if (cohortId == null || cohortId.isBlank()) {
            PageActions.global().error("No cohort", whenNoneNamed);
            return false;
        }
        PageActions.global().call(() -> cohorts.get(cohortId), "Cohort not found")
                .filter(found -> !managedOnly || managed(found))
                .ifPresent(found -> cohort = found);
        return cohort != null;
    }

    /** Instructors may read a cohort, but its roster is managed by its provider's admins only. */
    private boolean managed(CohortView found) {
        if (navigation.administers(found.providerId())) {
            return true;
        }
        PageActions.global().error("Not yours to manage", "Only the administrators of " + found.providerName()
                + " manage this cohort. Your role does not allow this.");
        return false;
    }

    public boolean isFound() {
        return cohort != null;
    }

    public String getTitle() {
        return cohort == null ? "Cohort" : cohort.name();
    }

    public String getCohortName() {
        return cohort == null ? null : cohort.name();
    }

    public String getProviderId() {
        return cohort == null ? null : cohort.providerId();
    }

    public String getProviderName() {
        return cohort == null ? null : cohort.providerName();
    }

    public String getCourse() {
        return cohort == null ? null : course(cohort);
    }

    public String getPeriod() {
        String period = cohort == null ? "" : PageFormat.period(cohort.startsOn(), cohort.endsOn());
        return period.isEmpty() ? "no dates set" : period;
    }

    public long getLearners() {
        return cohort == null ? 0 : cohort.learners();
    }

    public List<PersonRef> getInstructors() {
        return cohort == null ? List.of() : cohort.instructors();
    }

    public List<EnrollmentView> getRoster() {
        if (roster == null) {
            roster = cohort == null ? List.of()
                    : PageActions.global().call(() -> enrollments.roster(cohortId), "The roster could not be shown")
                            .orElse(List.of());
        }
        return roster;
    }

    /** A roster row's status in words. */
    public String status(EnrollmentView enrollment) {
        return switch (enrollment.status()) {
            case "INVITED" -> "Invited";
            case "ACTIVE" -> "Active";
            case "COMPLETED" -> "Completed";
            case "WITHDRAWN" -> "Withdrawn";
            default -> enrollment.status();
        };
    }

    /** The row's status as a CSS class: status-active, status-withdrawn, … */
    public String statusClass(EnrollmentView enrollment) {
        return "status-" + enrollment.status().toLowerCase(Locale.ROOT);
    }

    public boolean withdrawn(EnrollmentView enrollment) {
        return "WITHDRAWN".equals(enrollment.status());
    }

    /** The day they were put on the roster; people who joined with a code were never invited. */
    public String added(EnrollmentView enrollment) {
        return enrollment.invitedAt() != null ? PageFormat.day(enrollment.invitedAt())
                : PageFormat.day(enrollment.activatedAt()) + " (code)";
    }

    /** When the current status began: "since 2027-01-12", or that an invited learner has not come yet. */
    public String since(EnrollmentView enrollment) {
        if (enrollment.withdrawnAt() != null && withdrawn(enrollment)) {
            return "since " + PageFormat.day(enrollment.withdrawnAt());
        }
        if (enrollment.completedAt() != null) {
            return "since " + PageFormat.day(enrollment.completedAt());
        }
        return enrollment.activatedAt() == null ? "not signed in yet" : "since " + PageFormat.day(enrollment.activatedAt());
    }

    /** "Course title (version 2)", for this cohort or one in a list. */
    public String course(CohortView view) {
        return view.courseTitle() + " (version " + view.courseVersion() + ")";
    }

    /** A listed cohort's dates. */
    public String period(CohortView view) {
        String period = PageFormat.period(view.startsOn(), view.endsOn());
        return period.isEmpty() ? "no dates" : period;
    }

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }
}
