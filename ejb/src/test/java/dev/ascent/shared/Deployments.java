package dev.ascent.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one test deployment of this module: every feature package, the migrations and the EAR's lib jars. */
public final class Deployments {

    /** As in the EAR (VFS for EclipseLink and Flyway), plus Elytron for {@code Identities}. */
    private static final String VFS_ACCESS = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
              <deployment><dependencies>
                <module name="org.jboss.vfs"/>
                <module name="org.wildfly.security.elytron"/>
              </dependencies></deployment>
            </jboss-deployment-structure>
            """;

    private Deployments() {
    }

    public static WebArchive ejbModule() {
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "ascent-ejb-it.war")
                .addPackages(true, "dev.ascent")
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(VFS_ACCESS), "jboss-deployment-structure.xml");
        migrations().forEach(path -> archive.addAsResource(path.toFile(), "db/migration/" + path.getFileName()));
        EarLibraries.jars().forEach(archive::addAsLibrary);
        return archive;
    }

    private static List<Path> migrations() {
        Path dir = Path.of(System.getProperty("project.build.directory"), "classes", "db", "migration");
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No migrations in " + dir, e);
        }
    }
}
