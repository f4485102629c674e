package dev.ascent.grade;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;

/**
 * Counts the SQL statements EclipseLink sends to the database while some work runs on this
 * thread: a session event listener on the server session (client sessions and units of work
 * share its listeners) sees every call just before it is executed. Calls from other threads
 * (timers) are ignored.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatementCounter {
    @PersistenceContext
    EntityManager em;

    public record Counted<T>(T result, List<String> statements) {
    }

    public <T> Counted<T> count(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == thread) {
                    DatabaseQuery query = event.getQuery();
                    statements.add(event.getCall() instanceof DatabaseCall call && call.getSQLString() != null
                            ? call.getSQLString() : String.valueOf(event.getCall() != null ? event.getCall() : query));
                }
            }
        };
        SessionEventManager events = em.unwrap(JpaEntityManager.class).getServerSession().getEventManager();
        events.addListener(listener);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            events.removeListener(listener);
        }
    }
}
