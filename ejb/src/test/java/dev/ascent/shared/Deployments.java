package dev.ascent.shared;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one test deployment of this module: every feature package, the migrations and the EAR's lib jars. */
public final class Deployments {

    /** A class from each jar that the EAR puts in lib/. */
    public static final List<String> LIBRARY_MARKERS = List.of(
            "org.eclipse.persistence.jpa.PersistenceProvider",
            "org.eclipse.persistence.sessions.Session",
            "org.eclipse.persistence.jpa.jpql.parser.JPQLExpression",
            "org.eclipse.persistence.internal.libraries.asm.ClassWriter",
            "org.jipijapa.eclipselink.JBossArchiveFactoryImpl",
            "org.flywaydb.core.Flyway",
            "org.flywaydb.database.postgresql.PostgreSQLDatabaseType",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "org.yaml.snakeyaml.Yaml",
            "dev.ascent.quizzes.CourseLoader");

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
        LIBRARY_MARKERS.forEach(marker -> archive.addAsLibrary(archiveOf(marker)));
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

    /** The jar (or, inside the reactor, the classes folder) that holds a class. */
    public static JavaArchive archiveOf(String className) {
        try {
            File location = new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.isDirectory()) {
                return ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ExplodedImporter.class, location.getName() + ".jar")
                        .importDirectory(location).as(JavaArchive.class);
            }
            return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("Cannot find the jar of " + className, e);
        }
    }
}
