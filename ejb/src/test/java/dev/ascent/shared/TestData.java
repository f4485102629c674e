package dev.ascent.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;

/** Direct writes tests need to move time on (expiries) or to run work in one transaction. */
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
