/**
 * Shared kernel: ids, the clock, {@code DomainException}, insert ordering and the schema
 * migrator (Flyway, which creates every table). Owns no table of its own.
 * <p>Uses no other feature; every feature may use it.
 */
package dev.ascent.shared;
