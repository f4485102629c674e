package dev.ascent.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes EclipseLink insert rows in foreign-key order: without it, a person and their password
 * link created in one transaction may be inserted child first and violate the constraint.
 * Registered in persistence.xml; reads {@link InsertAfter} on every entity.
 */
public class InsertOrder implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            InsertAfter after = descriptor.getJavaClass().getAnnotation(InsertAfter.class);
            if (after != null) {
                for (Class<?> parent : after.value()) {
                    descriptor.addConstraintDependency(parent);
                }
            }
        }
    }
}
