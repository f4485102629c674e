package dev.ascent.shared;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The jars the EAR puts in lib/, for test deployments. The ejb build writes them (ear-lib/*.classpath,
 * maven-dependency-plugin build-classpath): ejb's run-time dependencies and the provided jars the EAR
 * ships itself. So a library added to the poms reaches the tests without a list to keep in step.
 */
public final class EarLibraries {
    private static final List<String> LISTS = List.of("ear-lib/runtime.classpath", "ear-lib/provided.classpath");

    private EarLibraries() {
    }

    public static List<JavaArchive> jars() {
        List<JavaArchive> jars = new ArrayList<>();
        for (String list : LISTS) {
            for (String entry : read(list).split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    jars.add(archiveAt(new File(entry.strip())));
                }
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("No EAR libraries in " + LISTS + ": build the ejb module first");
        }
        return jars;
    }

    /** The jar (or, inside the reactor, the classes folder) that holds a class. */
    public static JavaArchive archiveOf(String className) {
        try {
            return archiveAt(new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("Cannot find the jar of " + className, e);
        }
    }

    private static JavaArchive archiveAt(File location) {
        if (location.isDirectory()) {
            // inside the reactor before packaging: quizzes/target/classes and the like
            String name = location.getParentFile().getParentFile().getName() + ".jar";
            return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class);
        }
        if (!location.isFile()) {
            throw new IllegalStateException("EAR library missing: " + location);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    private static String read(String resource) {
        try (InputStream in = EarLibraries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test class path: build the ejb module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
