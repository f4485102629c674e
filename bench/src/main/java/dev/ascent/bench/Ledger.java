package dev.ascent.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the server acknowledged (2xx) during the run: the database check holds it to these. */
final class Ledger {

    /** The last acknowledged answer to one item, its revision, and how many saves of it were acknowledged. */
    record Save(Object answer, int revision, int acknowledged) {
    }

    /** An acknowledged submit: what the server said the grade was. */
    record Submit(String state, double score, Instant submittedAt) {
    }

    static final class Attempt {
        final String id;
        final int learner;
        final Map<String, Save> saves = new ConcurrentHashMap<>();
        final List<Submit> submits = Collections.synchronizedList(new ArrayList<>());

        Attempt(String id, int learner) {
            this.id = id;
            this.learner = learner;
        }

        /** One learner saves its items one after another, so the latest acknowledgement is the latest save. */
        void saved(String itemId, Object answer, int revision) {
            saves.merge(itemId, new Save(answer, revision, 1),
                    (old, now) -> new Save(now.answer(), now.revision(), old.acknowledged() + 1));
        }
    }

    final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

    Attempt started(String attemptId, int learner) {
        Attempt attempt = new Attempt(attemptId, learner);
        attempts.put(attemptId, attempt);
        return attempt;
    }

    int acknowledgedSaves() {
        return attempts.values().stream()
                .flatMap(a -> a.saves.values().stream())
                .mapToInt(Save::acknowledged)
                .sum();
    }

    int acknowledgedSubmits() {
        return attempts.values().stream().mapToInt(a -> a.submits.size()).sum();
    }
}
