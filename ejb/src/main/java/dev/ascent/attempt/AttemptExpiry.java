package dev.ascent.attempt;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 seconds, submits the attempts whose time ran out, whether or not their learner comes
 * back. Non-persistent: a restarted node simply sweeps again. On several nodes each sweeps; the
 * row lock and the state check in {@link AttemptCloser} make a double submission impossible.
 */
@Singleton
public class AttemptExpiry {
    private static final Logger LOG = Logger.getLogger(AttemptExpiry.class.getName());
    private static final int BATCH = 500;

    @EJB
    AttemptCloser closer;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "attempt expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        sweep();
    }

    /** @return how many attempts this sweep submitted */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        int closed = 0;
        for (String id : closer.overdue(BATCH)) {
            try {
                if (closer.closeIfOverdue(id)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not submit overdue attempt " + id + "; the next sweep retries", e);
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.fine(() -> "Submitted " + count + " overdue attempts");
        }
        return closed;
    }
}
