package dev.ascent.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Plain SQL for what tests cannot ask of a service: counting rows a service does not show, running
 * work in one transaction that then rolls back, and {@link #update}, which only
 * {@code MyLearningServiceIT} uses, to store attempts with given scores without the learner
 * arriving (a start through the service would make them ACTIVE before My learning is opened, which
 * is what that test checks). Everything else is made through the services (see {@code Tenants},
 * {@code AttemptFixtures}); time moves with {@link TestClock}.
 */
@Stateless
@PermitAll
public class TestData {
    @PersistenceContext
    EntityManager em;

    public int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
            query.setParameter(i + 1, value);
        }
        return query.executeUpdate();
    }

    public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Runs the work in one transaction and then fails, so everything it wrote is rolled back. */
    public void inTransactionThenFail(Supplier<?> work) {
        work.get();
        throw new IllegalStateException("rolled back on purpose");
    }
}
