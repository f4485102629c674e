package dev.ascent;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seams between features, checked on the compiled classes of this module and of quizzes (no
 * container). Each feature package (dev.ascent.X) owns its tables and talks to others through
 * their public beans, interfaces and events; see each package-info for what it owns and uses.
 */
class ArchitectureTest {

    /**
     * The only classes that may run native SQL, each on tables its own feature owns: the element
     * collections provider_admin and cohort_instructor, read for the caller's memberships.
     */
    static final Set<String> NATIVE_SQL_ALLOWED = Set.of(
            "dev.ascent.provider.ProviderAdmins",
            "dev.ascent.cohort.CohortInstructors");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ascent");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.ascent.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void businessCodeUsesNoWebTypes() {
        // Everything imported here is the ejb module or the quizzes library: no web module on this classpath.
        noClasses().that().resideInAPackage("dev.ascent..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "jakarta.faces..")
                .check(classes);
    }

    @Test
    void nativeSqlOnlyInTheOwnersOfItsTables() {
        noClasses().that(describe("are not listed in NATIVE_SQL_ALLOWED",
                        c -> !NATIVE_SQL_ALLOWED.contains(c.getName())))
                .should().callMethodWhere(describe("EntityManager.createNativeQuery",
                        (JavaMethodCall call) -> call.getName().equals("createNativeQuery")
                                && call.getTargetOwner().isAssignableTo(EntityManager.class)))
                .check(classes);
    }

    @Test
    void identityKnowsNoOtherFeature() {
        // Who administers or teaches what comes through identity's own interfaces (ProviderRoles, CohortRoles).
        noClasses().that().resideInAPackage("dev.ascent.identity..")
                .should().dependOnClassesThat(resideInAPackage("dev.ascent..")
                        .and(describe("are outside identity and shared", c -> !c.getPackageName().startsWith("dev.ascent.identity")
                                && !c.getPackageName().startsWith("dev.ascent.shared"))))
                .check(classes);
    }

    @Test
    void quizzesLibraryStandsAlone() {
        noClasses().that().resideInAPackage("dev.ascent.quizzes..")
                .should().dependOnClassesThat(resideInAPackage("dev.ascent..")
                        .and(describe("are outside dev.ascent.quizzes", c -> !c.getPackageName().startsWith("dev.ascent.quizzes"))))
                .check(classes);
    }

    @Test
    void theImportSeesBothModules() {
        // A guard for the rules above: an empty import would make every rule pass.
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.ascent.quizzes"));
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.ascent.attempt"));
    }
}
