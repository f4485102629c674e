package dev.ascent.cohort;

import dev.ascent.identity.Navigation;
import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import dev.ascent.shared.PageFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** A cohort for its provider's admins: roster (add, withdraw), instructors; links to import and invites. */
@Named
@ViewScoped
public class CohortAdminPage extends CohortPageBase {
    private static final long serialVersionUID = 1L;

    @Inject
    Navigation navigation;

    private String email;
    private String name;
    private String externalId;
    private String instructorEmail;
    private String instructorName;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (cohortId == null || cohortId.isBlank()) {
            PageActions.global().error("No cohort", "Choose a cohort on its provider's page.");
            return;
        }
        PageActions.global().call(() -> cohorts.get(cohortId), "Cohort not found")
                .filter(found -> managed(navigation, found))
                .ifPresent(found -> cohort = found);
    }

    /** Instructors may read a cohort, but its roster is managed by its provider's admins only. */
    static boolean managed(Navigation navigation, CohortView cohort) {
        if (navigation.administers(cohort.providerId())) {
            return true;
        }
        PageActions.global().error("Not yours to manage", "Only the administrators of " + cohort.providerName()
                + " manage this cohort. Your role does not allow this.");
        return false;
    }

    public void add() {
        Map<String, Field> fields = Map.of("email", new Field("add:email", "Email"), "name", new Field("add:name", "Name"),
                "externalId", new Field("add:externalId", "Your learner id"));
        PageActions.at("add").call(() -> enrollments.add(cohortId, email == null ? "" : email.strip(), name, externalId == null || externalId.isBlank() ? null : externalId),
                        "Learner not added", fields)
                .ifPresent(added -> {
                    PageActions.at("add").info(added.reactivated() ? "Learner back" : "Learner added",
                            added.enrollment().name() + " (" + added.enrollment().email() + ") is on the roster"
                                    + (added.reactivated() ? " again." : ". Someone new gets an email to choose a password."));
                    email = null;
                    name = null;
                    externalId = null;
                    refresh();
                });
    }

    public void withdraw(String enrollmentId) {
        PageActions.at("roster").call(() -> enrollments.withdraw(cohortId, enrollmentId), "Not withdrawn")
                .ifPresent(withdrawn -> {
                    PageActions.at("roster").info("Learner withdrawn", withdrawn.name() + " is withdrawn; their record and history stay.");
                    refresh();
                });
    }

    public void addInstructor() {
        Map<String, Field> fields = Map.of("email", new Field("instructors:instructorEmail", "Email"),
                "name", new Field("instructors:instructorName", "Name"));
        PageActions.at("instructors").call(() -> cohorts.addInstructor(cohortId, instructorEmail == null ? "" : instructorEmail.strip(),
                        instructorName), "Instructor not added", fields)
                .ifPresent(saved -> {
                    PageActions.at("instructors").info("Instructor added", instructorEmail.strip() + " now teaches " + saved.name() + ".");
                    cohort = saved;
                    instructorEmail = null;
                    instructorName = null;
                });
    }

    public void removeInstructor(String instructor) {
        PageActions.at("instructors").call(() -> cohorts.removeInstructor(cohortId, instructor), "Instructor not removed")
                .ifPresent(saved -> {
                    PageActions.at("instructors").info("Instructor removed", instructor + " no longer teaches " + saved.name() + ".");
                    cohort = saved;
                });
    }

    private void refresh() {
        roster = null;
        PageActions.global().call(() -> cohorts.get(cohortId), "Cohort not found").ifPresent(found -> cohort = found);
    }












    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getInstructorEmail() {
        return instructorEmail;
    }

    public void setInstructorEmail(String instructorEmail) {
        this.instructorEmail = instructorEmail;
    }

    public String getInstructorName() {
        return instructorName;
    }

    public void setInstructorName(String instructorName) {
        this.instructorName = instructorName;
    }

    /** One enrollment on a roster (also used by the instructor's read-only roster). */
    public static class RosterRow {
        private final EnrollmentView enrollment;

        public RosterRow(EnrollmentView enrollment) {
            this.enrollment = enrollment;
        }

        public String getId() {
            return enrollment.id();
        }

        public String getName() {
            return enrollment.name();
        }

        public String getEmail() {
            return enrollment.email();
        }

        public String getExternalId() {
            return enrollment.externalId() == null ? "" : enrollment.externalId();
        }

        public String getStatus() {
            return switch (enrollment.status()) {
                case "INVITED" -> "Invited";
                case "ACTIVE" -> "Active";
                case "COMPLETED" -> "Completed";
                case "WITHDRAWN" -> "Withdrawn";
                default -> enrollment.status();
            };
        }

        public String getStatusClass() {
            return "status-" + enrollment.status().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isWithdrawn() {
            return "WITHDRAWN".equals(enrollment.status());
        }

        /** The day they were put on the roster; people who joined with a code were never invited. */
        public String getAdded() {
            return enrollment.invitedAt() != null ? PageFormat.day(enrollment.invitedAt())
                    : PageFormat.day(enrollment.activatedAt()) + " (code)";
        }

        /** When the current status began: "since 2027-01-12", or that an invited learner has not come yet. */
        public String getSince() {
            if (enrollment.withdrawnAt() != null && isWithdrawn()) {
                return "since " + PageFormat.day(enrollment.withdrawnAt());
            }
            if (enrollment.completedAt() != null) {
                return "since " + PageFormat.day(enrollment.completedAt());
            }
            return enrollment.activatedAt() == null ? "not signed in yet" : "since " + PageFormat.day(enrollment.activatedAt());
        }
    }
}
