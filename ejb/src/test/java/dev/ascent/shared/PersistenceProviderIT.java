package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource(lookup = SchemaMigrator.DATASOURCE)
    javax.sql.DataSource dataSource;

    @Test
    void the_persistence_provider_is_eclipselink() {
        assertTrue(em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"),
                () -> "provider: " + em.getEntityManagerFactory().getClass().getName());
        assertTrue(em.getDelegate() instanceof JpaEntityManager || em.unwrap(JpaEntityManager.class) != null);
    }

    @Test
    void flyway_has_applied_every_migration_and_nothing_is_pending() {
        var info = Flyway.configure(Flyway.class.getClassLoader()).dataSource(dataSource).load().info();
        assertEquals(0, info.pending().length);
        assertTrue(info.applied().length >= 1);
    }
}
