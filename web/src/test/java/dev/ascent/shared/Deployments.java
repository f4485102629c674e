package dev.ascent.shared;

import dev.ascent.identity.TestPeople;
import dev.ascent.identity.TestPeopleResource;
import dev.ascent.identity.TestPerson;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The product's EAR, assembled as the ear module does, plus test-only parts: a JAX-RS application
 * that also publishes the test endpoints ({@link TestRestApplication}), a failing endpoint,
 * the test-support endpoint (clock, attempt keys), {@code POST /api/test-people} to make
 * people with passwords ({@link TestPerson}) and, in the EJB module, the test clock.
 */
public final class Deployments {

    /** A class of the EJB module: its classes folder or jar becomes the EAR's EJB module. */
    private static final String EJB_MARKER = "dev.ascent.course.CourseService";

    private static final String APPLICATION_XML = """
            <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
              <display-name>ascent</display-name>
              <module><ejb>ascent-ejb.jar</ejb></module>
              <module><web><web-uri>ascent-web.war</web-uri><context-root>/</context-root></web></module>
              <library-directory>lib</library-directory>
            </application>
            """;

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File root = new File(System.getProperty("ascent.root.dir"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "ascent-web.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("war.file"))))
                .deleteClass(RestApplication.class)
                .addClasses(TestRestApplication.class, FailingResource.class, FailingPage.class, TestSupportResource.class,
                        TestPeopleResource.class, TestPeopleResource.NewPerson.class, TestPeopleResource.Created.class);
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, "ascent-ejb.jar").merge(EarLibraries.archiveOf(EJB_MARKER))
                .addClasses(TestClock.class, TestPeople.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "ascent.ear")
                .addAsModule(ejb)
                .addAsModule(war)
                .setApplicationXML(new StringAsset(APPLICATION_XML))
                .addAsManifestResource(new File(root, "ear/src/main/application/META-INF/jboss-deployment-structure.xml"));
        EarLibraries.jars().forEach(ear::addAsLibrary);
        return ear;
    }
}
