package dev.ascent.cohort;

import dev.ascent.shared.PageActions;
import dev.ascent.shared.PageActions.Field;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;

/** A cohort for its provider's admins: roster (add, withdraw), instructors; links to import and invites. */
@Named
@ViewScoped
public class CohortAdminPage extends CohortPageBase {
    private static final long serialVersionUID = 1L;

    private String email;
    private String name;
    private String externalId;
    private String instructorEmail;
    private String instructorName;

    public void load() {
        lookUp("Choose a cohort on its provider's page.", true);
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
}
