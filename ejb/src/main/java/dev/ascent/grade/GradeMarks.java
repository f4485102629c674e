package dev.ascent.grade;

import dev.ascent.attempt.AttemptViews;
import dev.ascent.attempt.StaffMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The quiz engine's view of this feature's tables: unit grades set by staff and comments on attempts. */
@ApplicationScoped
public class GradeMarks implements StaffMarks {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Double> unitGrades(String personId, String cohortId) {
        return em.createQuery("select o from GradeOverride o where o.personId = :person and o.cohortId = :cohort",
                        GradeOverride.class)
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .getResultStream()
                .collect(Collectors.toMap(GradeOverride::getUnitKey, GradeOverride::getPercent));
    }

    @Override
    public Map<String, AttemptViews.Comment> comments(Collection<String> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.attemptId, a.number, c.text, c.setAt from AttemptComment c, Attempt a"
                        + " where a.id = c.attemptId and c.attemptId in :attempts", Object[].class)
                .setParameter("attempts", List.copyOf(attemptIds))
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> new AttemptViews.Comment((String) r[0],
                        ((Number) r[1]).intValue(), (String) r[2], (java.time.Instant) r[3])));
    }

    /** Every unit grade set in a cohort, by person and unit key: one query, for the gradebook. */
    static Map<String, Map<String, Double>> overrides(EntityManager em, String cohortId) {
        Map<String, Map<String, Double>> byPerson = new HashMap<>();
        em.createQuery("select o.personId, o.unitKey, o.percent from GradeOverride o where o.cohortId = :cohort",
                        Object[].class)
                .setParameter("cohort", cohortId)
                .getResultStream()
                .forEach(r -> byPerson.computeIfAbsent((String) r[0], p -> new HashMap<>())
                        .put((String) r[1], ((Number) r[2]).doubleValue()));
        return byPerson;
    }
}
