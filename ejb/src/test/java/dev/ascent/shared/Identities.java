package dev.ascent.shared;

import dev.ascent.identity.Roles;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;

/** Runs test code as a given person, the way the web layer's mechanism would sign them in. */
public final class Identities {
    private Identities() {
    }

    public static <T> T as(String personId, PrivilegedExceptionAction<T> work) {
        return as(personId, Set.of(Roles.USER), work);
    }

    public static <T> T as(String personId, Set<String> groups, PrivilegedExceptionAction<T> work) {
        var identity = SecurityDomain.getCurrent().createAdHocIdentity(personId)
                .withDefaultRoleMapper(RoleMapper.constant(org.wildfly.security.authz.Roles.fromSet(groups)));
        try {
            return identity.runAs(work);
        } catch (PrivilegedActionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    public static void run(String personId, ThrowingRunnable work) {
        run(personId, Set.of(Roles.USER), work);
    }

    public static void run(String personId, Set<String> groups, ThrowingRunnable work) {
        as(personId, groups, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
