package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API publishes exactly the resources and providers of our own code: none forgotten, none foreign. */
class ApiComponentsTest {

    @Test
    void every_resource_and_provider_of_ours_is_registered() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(
                RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> annotated;
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(classes)) {
            annotated = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ApiComponentsTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                    .map(Class::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(annotated.size() > 10, () -> "found " + annotated);
        assertEquals(annotated, names(ApiComponents.all()),
                "ApiComponents must list every @Path and @Provider class of the web module, and nothing else");
        assertEquals(ApiComponents.all(), new RestApplication().getClasses());
    }

    private static Set<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiComponentsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
