package dev.ascent.shared;

import dev.ascent.identity.TestPeopleResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The test EAR's JAX-RS application, in place of {@link RestApplication}: ours plus the test-only endpoints. */
@ApplicationPath("/api")
public class TestRestApplication extends Application {

    static final Set<Class<?>> TEST_RESOURCES = Set.of(FailingResource.class, TestSupportResource.class,
            TestPeopleResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        return ApiComponents.union(ApiComponents.all(), TEST_RESOURCES);
    }
}
