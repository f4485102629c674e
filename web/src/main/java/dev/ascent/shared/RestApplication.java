package dev.ascent.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The JSON API lives under /api; pages are everything else. Only the classes of
 * {@link ApiComponents} are published: a non-empty getClasses() turns off JAX-RS scanning.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiComponents.all();
    }
}
