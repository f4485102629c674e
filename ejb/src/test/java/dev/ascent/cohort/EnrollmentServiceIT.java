package dev.ascent.cohort;

import static dev.ascent.cohort.Tenants.INSTRUCTOR;
import static dev.ascent.cohort.Tenants.PROVIDER_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.identity.RecordingMailer;
import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class EnrollmentServiceIT {
    private static final Logger LOG = Logger.getLogger(EnrollmentServiceIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    EnrollmentService enrollments;
    @Inject
    Tenants tenants;
    @Inject
    TestPeople people;
    @Inject
    TestData data;
    @Inject
    RecordingMailer mailer;

    @Test
    void a_thousand_row_file_with_seven_bad_rows_imports_993_and_reports_the_seven_lines() {
        Tenants.Tenant t = tenants.create("CSV");
        String csv = Rosters.thousandRowsSevenBad();

        long started = System.nanoTime();
        RosterReport preview = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.importRoster(t.cohortId(), csv, true));
        long previewMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, enrollmentsIn(t.cohortId()), "a preview writes nothing");
        String firstEmail = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0];
        assertEquals(0, data.count("select count(*) from person where email = ?1", firstEmail));
        assertReport(preview, true);

        started = System.nanoTime();
        RosterReport report = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.importRoster(t.cohortId(), csv, false));
        long importMs = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "1,000-row roster: preview " + previewMs + " ms, import " + importMs + " ms");
        assertReport(report, false);
        assertEquals(993, enrollmentsIn(t.cohortId()));
        assertTrue(importMs < 30_000, "import took " + importMs + " ms");

        // Again: every good row is now already enrolled, the bad ones are bad again.
        RosterReport again = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.importRoster(t.cohortId(), csv, false));
        assertEquals(0, again.accepted());
        assertEquals(1000, again.rejected());
        assertEquals(993, again.issues().stream().filter(i -> i.problem() == RosterCsv.Problem.ALREADY_ENROLLED).count());
        assertEquals(993, enrollmentsIn(t.cohortId()));
    }

    private void assertReport(RosterReport report, boolean preview) {
        assertEquals(preview, report.preview());
        assertEquals(1000, report.rows());
        assertEquals(993, report.accepted());
        assertEquals(7, report.rejected());
        assertEquals(993, report.newAccounts());
        assertEquals(List.of(17, 130, 245, 388, 512, 777, 901), report.issues().stream().map(RosterCsv.Issue::line).toList());
        assertEquals(List.of(RosterCsv.Problem.BAD_EMAIL, RosterCsv.Problem.BAD_EMAIL, RosterCsv.Problem.MISSING_NAME,
                        RosterCsv.Problem.TOO_LONG, RosterCsv.Problem.TOO_LONG, RosterCsv.Problem.DUPLICATE, RosterCsv.Problem.TOO_LONG),
                report.issues().stream().map(RosterCsv.Issue::problem).toList());
    }

    @Test
    void a_failure_during_an_import_leaves_nothing_half_written_and_mails_nobody() {
        Tenants.Tenant t = tenants.create("Rollback");
        String email = TestPeople.newEmail("Rolled Back");
        String csv = "email,name\n" + email + ",Rolled Back\n" + TestPeople.newEmail("Second") + ",Second\n";
        assertThrows(EJBException.class, () -> Identities.run(t.adminId(), PROVIDER_ADMIN,
                () -> data.inTransactionThenFail(() -> enrollments.importRoster(t.cohortId(), csv, false))));
        assertEquals(0, enrollmentsIn(t.cohortId()));
        assertEquals(0, data.count("select count(*) from person where email = ?1", email));
        assertEquals(List.of(), mailer.to(email));
    }

    @Test
    void new_learners_get_a_set_password_mail_after_the_import_commits_and_existing_ones_keep_their_account_name() {
        Tenants.Tenant t = tenants.create("Mail");
        String knownId = people.learner("Known Name").getId();
        String known = people.email(knownId);
        String fresh = TestPeople.newEmail("Fresh");
        RosterReport report = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.importRoster(t.cohortId(),
                "email,name,external_id\n" + known + ",Renamed By Provider,K-1\n" + fresh + ",Fresh Learner,F-1\n", false));
        assertEquals(2, report.accepted());
        assertEquals(1, report.newAccounts());
        assertTrue(mailer.lastToken(fresh).isPresent());
        assertEquals(List.of(), mailer.to(known));
        List<EnrollmentView> roster = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.roster(t.cohortId()));
        EnrollmentView knownRow = roster.stream().filter(e -> e.email().equals(known)).findFirst().orElseThrow();
        assertEquals("Renamed By Provider", knownRow.name(), "the provider sees the name it entered");
        assertEquals(1L, data.count("select count(*) from person where id = ?1 and name = 'Known Name'", knownId),
                "a provider cannot rename someone's account");
        assertEquals("K-1", knownRow.externalId());
        assertEquals("INVITED", knownRow.status());
    }

    @Test
    void withdrawing_keeps_the_row_and_its_history_and_adding_again_brings_the_same_row_back() {
        Tenants.Tenant t = tenants.create("Withdraw");
        String email = people.email(people.learner("Wanda").getId());
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> {
            EnrollmentService.Added added = enrollments.add(t.cohortId(), email, null, "W-1");
            assertEquals("INVITED", added.enrollment().status());
            String id = added.enrollment().id();
            assertEquals("already-enrolled",
                    assertThrows(DomainException.class, () -> enrollments.add(t.cohortId(), email, null, null)).type());

            EnrollmentView withdrawn = enrollments.withdraw(t.cohortId(), id);
            assertEquals("WITHDRAWN", withdrawn.status());
            assertNotNull(withdrawn.withdrawnAt());
            assertEquals(withdrawn, enrollments.withdraw(t.cohortId(), id), "withdrawing twice changes nothing");
            assertEquals(1, enrollments.roster(t.cohortId()).size(), "the row stays on the roster");

            EnrollmentService.Added back = enrollments.add(t.cohortId(), email, null, null);
            assertTrue(back.reactivated());
            assertEquals(id, back.enrollment().id());
            assertEquals("INVITED", back.enrollment().status());
            assertNull(back.enrollment().withdrawnAt());
            assertEquals("W-1", back.enrollment().externalId());
            assertEquals(List.of("INVITED manual", "WITHDRAWN manual", "INVITED manual"),
                    enrollments.get(t.cohortId(), id).history().stream().map(h -> h.status() + " " + h.via()).toList());
        });
    }

    @Test
    void instructors_read_only_their_rosters_and_admins_only_their_providers() {
        Tenants.Tenant a = tenants.create("A");
        Tenants.Tenant b = tenants.create("B");
        String email = people.email(people.learner("Lea").getId());
        String enrollmentA = Identities.as(a.adminId(), PROVIDER_ADMIN,
                () -> enrollments.add(a.cohortId(), email, null, null).enrollment().id());
        Identities.run(a.instructorId(), INSTRUCTOR, () -> {
            assertEquals(1, enrollments.roster(a.cohortId()).size());
            assertEquals(email, enrollments.get(a.cohortId(), enrollmentA).email());
            assertNotFound(() -> enrollments.roster(b.cohortId()));
            assertThrows(EJBAccessException.class, () -> enrollments.withdraw(a.cohortId(), enrollmentA));
            assertThrows(EJBAccessException.class, () -> enrollments.add(a.cohortId(), TestPeople.newEmail("x"), "X", null));
        });
        Identities.run(b.adminId(), PROVIDER_ADMIN, () -> {
            assertNotFound(() -> enrollments.roster(a.cohortId()));
            assertNotFound(() -> enrollments.withdraw(a.cohortId(), enrollmentA));
            assertNotFound(() -> enrollments.get(b.cohortId(), enrollmentA));
            assertNotFound(() -> enrollments.importRoster(a.cohortId(), "email,name\n", true));
        });
        Identities.run(people.learner("Nobody").getId(), () -> assertThrows(EJBAccessException.class,
                () -> enrollments.roster(a.cohortId())));
    }

    private static void assertNotFound(Runnable call) {
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, call::run).kind());
    }

    private long enrollmentsIn(String cohortId) {
        return data.count("select count(*) from enrollment where cohort_id = ?1", cohortId);
    }

    static String unique() {
        return UUID.randomUUID().toString();
    }
}
