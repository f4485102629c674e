package dev.ascent.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entities whose rows this entity's foreign keys (or element-collection tables) point at.
 * Entities refer to each other by id, without JPA relationships, so EclipseLink cannot see the
 * foreign keys; {@link InsertOrder} tells it, so one transaction can insert parent and child.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InsertAfter {
    Class<?>[] value();
}
