package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;

/** The EAR libraries the test deployments get from the build: what the EAR ships, not the platform API. */
class EarLibrariesTest {

    @Test
    void theBuildListsTheJarsTheEarShipsAndNotThePlatform() {
        List<JavaArchive> jars = EarLibraries.jars();
        for (String shipped : List.of("org/eclipse/persistence/jpa/PersistenceProvider.class",
                "org/jipijapa/eclipselink/JBossArchiveFactoryImpl.class", "org/flywaydb/core/Flyway.class",
                "org/flywaydb/database/postgresql/PostgreSQLDatabaseType.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class", "org/yaml/snakeyaml/Yaml.class",
                "dev/ascent/quizzes/CourseLoader.class")) {
            assertEquals(1, jars.stream().filter(jar -> jar.contains(shipped)).count(), shipped);
        }
        assertTrue(jars.stream().noneMatch(jar -> jar.contains("jakarta/persistence/EntityManager.class")),
                "the platform API comes from WildFly, not from lib/");
        assertTrue(jars.stream().noneMatch(jar -> jar.contains("org/junit/jupiter/api/Test.class")), "no test jars");
    }
}
