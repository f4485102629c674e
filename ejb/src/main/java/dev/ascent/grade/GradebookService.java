package dev.ascent.grade;

import dev.ascent.attempt.Attempt;
import dev.ascent.attempt.StaffStandings;
import dev.ascent.attempt.Standing;
import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.course.Unit;
import dev.ascent.grade.Gradebook.Cell;
import dev.ascent.grade.Gradebook.LearnerRow;
import dev.ascent.grade.Gradebook.State;
import dev.ascent.grade.Gradebook.UnitColumn;
import dev.ascent.grade.Gradebook.UnitSummary;
import dev.ascent.identity.PersonRef;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizSettings;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cohort's gradebook for its instructors, its provider's admins and platform admins (the
 * cohort feature's scope rule, through {@link CohortService#get}); anyone else's cohort is not
 * found. Every grade is {@link Standing}'s rule with the score always shown
 * ({@link StaffStandings}). A page reads the cohort's learners and attempts in one query each
 * (plus a fixed number for the course and the settings), whatever the size of the cohort:
 * grades by grading method cannot be sorted in SQL without restating that rule, so filtering,
 * sorting and paging happen on compact rows in memory and only the page leaves.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class GradebookService {
    static final int HISTOGRAM_BINS = 10;

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortService cohorts;

    /** A cohort's course as gradebook columns, with the settings each quiz is graded by. */
    record Structure(CohortView cohort, List<UnitColumn> columns, Map<String, QuizSettings> settingsByQuiz) {
    }

    /** A learner as the enrollment and person tables give them. */
    record Learner(String enrollmentId, String personId, String status, String externalId, String name, String email) {
    }

    public Gradebook page(String cohortId, GradebookQuery query) {
        Structure structure = structure(cohortId);
        List<LearnerRow> all = rows(structure, learners(cohortId, null, 0), attempts(cohortId, null),
                lastActivity(cohortId, null));
        List<UnitSummary> summary = summary(structure.columns(), all);
        if (query.unit() != null && structure.columns().stream().noneMatch(c -> c.unitKey().equals(query.unit()))) {
            throw DomainException.invalid("validation", "unit must be one of the course's unit keys");
        }
        List<LearnerRow> matching = all.stream().filter(row -> matches(row, query)).sorted(order(query.sort(), structure))
                .toList();
        int from = Math.min(matching.size(), query.page() * query.size());
        int to = Math.min(matching.size(), from + query.size());
        return new Gradebook(structure.cohort().id(), structure.cohort().name(), structure.columns(), summary, all.size(),
                matching.size(), query.page(), query.size(), query.sort(), List.copyOf(matching.subList(from, to)));
    }

    /**
     * One learner's row of the gradebook (for the page that reviews their attempts and sets their
     * grades), with no summary; not found unless they are on the cohort's roster.
     */
    public Gradebook learner(String cohortId, String personId) {
        Structure structure = structure(cohortId);
        List<Learner> learner = learners(cohortId, null, 0).stream().filter(l -> l.personId().equals(personId)).toList();
        if (learner.isEmpty()) {
            throw DomainException.notFound("learner", personId);
        }
        List<LearnerRow> rows = rowsOf(structure, learner);
        return new Gradebook(structure.cohort().id(), structure.cohort().name(), structure.columns(), List.of(), 1, 1, 0, 1,
                null, rows);
    }

    /** The columns of the cohort's gradebook; checks the caller may see it (for exports, before streaming). */
    public List<UnitColumn> columns(String cohortId) {
        return structure(cohortId).columns();
    }

    Structure structure(String cohortId) {
        CohortView view = cohorts.get(cohortId);
        Cohort cohort = em.find(Cohort.class, view.id());
        List<Unit> units = em.createQuery("select u from Unit u where u.courseVersionId = :version order by u.position",
                        Unit.class)
                .setParameter("version", cohort.getCourseVersionId()).getResultList();
        Map<String, Quiz> quizByUnit = em.createQuery(
                        "select q from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version", Quiz.class)
                .setParameter("version", cohort.getCourseVersionId())
                .getResultStream().collect(Collectors.toMap(Quiz::getUnitId, Function.identity()));
        List<UnitColumn> columns = new ArrayList<>();
        Map<String, Quiz> quizByUnitKey = new HashMap<>();
        units.stream().filter(u -> quizByUnit.containsKey(u.getId()))
                .forEach(u -> quizByUnitKey.put(u.getUnitKey(), quizByUnit.get(u.getId())));
        // The cohort's overrides in one query (not two statements per quiz).
        Map<String, QuizSettings> settings = QuizSettings.forCohort(em, cohort.getId(), quizByUnitKey);
        for (Unit unit : units) {
            Quiz quiz = quizByUnit.get(unit.getId());
            if (quiz == null) {
                columns.add(new UnitColumn(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), null, null, null, 0));
                continue;
            }
            QuizSettings effective = settings.get(quiz.getId());
            columns.add(new UnitColumn(unit.getUnitKey(), unit.getPosition(), unit.getTitle(), quiz.getId(),
                    effective.gradingMethod().name(), effective.passMarkPercent(), effective.attemptsAllowed()));
        }
        return new Structure(view, List.copyOf(columns), settings);
    }

    /**
     * The cohort's learners by email; with {@code afterEmail} only those after it, at most
     * {@code limit} (0 = all): the export reads the roster in such pages.
     */
    List<Learner> learners(String cohortId, String afterEmail, int limit) {
        var query = em.createQuery("select e.id, e.personId, e.status, e.externalId, e.name, p.email"
                        + " from Enrollment e, Person p where p.id = e.personId and e.cohortId = :cohort"
                        + (afterEmail == null ? "" : " and p.email > :after") + " order by p.email", Object[].class)
                .setParameter("cohort", cohortId);
        if (afterEmail != null) {
            query.setParameter("after", afterEmail);
        }
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        return query.getResultStream().map(r -> {
            String email = (String) r[5];
            return new Learner((String) r[0], (String) r[1], r[2].toString(), (String) r[3],
                    new PersonRef((String) r[1], email, null).withEnteredName((String) r[4]).name(), email);
        }).toList();
    }

    /**
     * One row per attempt (a projection of the six columns the rule needs, no entities), grouped
     * by person and then quiz, in the order taken (sorted here: the lists are short, and the
     * database is spared sorting the whole cohort's attempts).
     */
    Map<String, Map<String, List<StaffStandings.Row>>> attempts(String cohortId, Collection<String> personIds) {
        if (personIds != null && personIds.isEmpty()) {
            return Map.of();
        }
        var query = em.createQuery("select a.personId, a.quizId, a.number, a.state, a.score, a.maxScore"
                        + " from Attempt a where a.cohortId = :cohort"
                        + (personIds == null ? "" : " and a.personId in :people"), Object[].class)
                .setParameter("cohort", cohortId);
        if (personIds != null) {
            query.setParameter("people", personIds);
        }
        Map<String, Map<String, List<StaffStandings.Row>>> byPerson = new HashMap<>();
        Map<String, String> quizIds = new HashMap<>(); // one String per quiz id instead of one per row
        query.getResultStream().forEach(r -> {
            String quizId = quizIds.computeIfAbsent((String) r[1], Function.identity());
            StaffStandings.Row row = new StaffStandings.Row((String) r[0], quizId, (Integer) r[2],
                    (Attempt.State) r[3], (Double) r[4], (Double) r[5]);
            byPerson.computeIfAbsent(row.personId(), p -> new HashMap<>(16))
                    .computeIfAbsent(quizId, q -> new ArrayList<>(2)).add(row);
        });
        byPerson.values().forEach(byQuiz -> byQuiz.values().forEach(rows -> {
            if (rows.size() > 1) {
                rows.sort(Comparator.comparingInt(StaffStandings.Row::number));
            }
        }));
        return byPerson;
    }

    /**
     * Each learner's last activity: the latest start or submission of any of their attempts in
     * the cohort, one grouped row per learner.
     */
    Map<String, Instant> lastActivity(String cohortId, Collection<String> personIds) {
        if (personIds != null && personIds.isEmpty()) {
            return Map.of();
        }
        var query = em.createQuery("select a.personId, max(a.startedAt), max(a.submittedAt) from Attempt a"
                        + " where a.cohortId = :cohort" + (personIds == null ? "" : " and a.personId in :people")
                        + " group by a.personId", Object[].class)
                .setParameter("cohort", cohortId);
        if (personIds != null) {
            query.setParameter("people", personIds);
        }
        Map<String, Instant> last = new HashMap<>();
        query.getResultStream().forEach(r -> {
            Instant started = (Instant) r[1];
            Instant submitted = (Instant) r[2];
            last.put((String) r[0], submitted != null && submitted.isAfter(started) ? submitted : started);
        });
        return last;
    }

    List<LearnerRow> rows(Structure structure, List<Learner> learners,
                          Map<String, Map<String, List<StaffStandings.Row>>> attempts, Map<String, Instant> lastActivity) {
        List<LearnerRow> rows = new ArrayList<>(learners.size());
        StaffStandings.Bulk standings = new StaffStandings.Bulk(structure.cohort().id());
        Map<String, Map<String, Double>> overrides = GradeMarks.overrides(em, structure.cohort().id());
        for (Learner learner : learners) {
            Map<String, Double> overridden = overrides.getOrDefault(learner.personId(), Map.of());
            Map<String, List<StaffStandings.Row>> byQuiz = attempts.getOrDefault(learner.personId(), Map.of());
            List<Cell> cells = new ArrayList<>(structure.columns().size());
            int passed = 0;
            for (UnitColumn column : structure.columns()) {
                List<StaffStandings.Row> taken = column.quizId() == null ? List.of()
                        : byQuiz.getOrDefault(column.quizId(), List.of());
                if (column.quizId() == null) {
                    cells.add(new Cell(column.unitKey(), State.NOT_STARTED, null, null, 0, false));
                    continue;
                }
                Standing standing = standings.of(column.quizId(), structure.settingsByQuiz().get(column.quizId()),
                        taken, overridden.get(column.unitKey()));
                State state = switch (standing.status()) {
                    case NOT_STARTED -> State.NOT_STARTED;
                    case IN_PROGRESS -> State.IN_PROGRESS;
                    case PASSED -> State.PASSED;
                    case FAILED -> State.FAILED;
                    case SUBMITTED -> throw new IllegalStateException("staff always see the score");
                };
                if (state == State.PASSED) {
                    passed++;
                }
                boolean open = taken.stream().anyMatch(a -> a.state() == Attempt.State.IN_PROGRESS);
                cells.add(new Cell(column.unitKey(), state, standing.gradePercent(), standing.passed(),
                        standing.attemptsUsed(), open));
            }
            rows.add(new LearnerRow(learner.personId(), learner.enrollmentId(), learner.name(), learner.email(),
                    learner.externalId(), learner.status(), List.copyOf(cells), passed, cells.size(),
                    lastActivity.get(learner.personId())));
        }
        return rows;
    }

    static List<UnitSummary> summary(List<UnitColumn> columns, List<LearnerRow> rows) {
        List<UnitSummary> summary = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            List<Cell> graded = rows.stream().filter(r -> !"WITHDRAWN".equals(r.status())).map(r -> r.units().get(index))
                    .filter(c -> c.gradePercent() != null).toList();
            Integer[] bins = new Integer[HISTOGRAM_BINS];
            java.util.Arrays.fill(bins, 0);
            double[] grades = graded.stream().mapToDouble(Cell::gradePercent).sorted().toArray();
            for (double grade : grades) {
                bins[Math.max(0, Math.min(HISTOGRAM_BINS - 1, (int) Math.floor(grade / (100.0 / HISTOGRAM_BINS))))]++;
            }
            Double mean = grades.length == 0 ? null : java.util.Arrays.stream(grades).average().orElseThrow();
            Double median = grades.length == 0 ? null : grades.length % 2 == 1 ? grades[grades.length / 2]
                    : (grades[grades.length / 2 - 1] + grades[grades.length / 2]) / 2;
            Double passRate = grades.length == 0 ? null
                    : graded.stream().filter(c -> Boolean.TRUE.equals(c.passed())).count() / (double) grades.length;
            summary.add(new UnitSummary(columns.get(i).unitKey(), grades.length, mean, median, passRate, List.of(bins)));
        }
        return summary;
    }

    static boolean matches(LearnerRow row, GradebookQuery query) {
        if (query.status() != null && !query.status().equals(row.status())) {
            return false;
        }
        if (query.state() != null) {
            State state = State.valueOf(query.state());
            boolean found = query.unit() == null ? row.units().stream().anyMatch(c -> c.state() == state)
                    : row.cell(query.unit()).state() == state;
            if (!found) {
                return false;
            }
        }
        if (query.q() != null) {
            String q = query.q().toLowerCase(Locale.ROOT);
            return contains(row.name(), q) || contains(row.email(), q) || contains(row.externalId(), q);
        }
        return true;
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    /** The order a sort key asks for; nulls (no grade, no activity) always last; ties by name, then email. */
    static Comparator<LearnerRow> order(String sort, Structure structure) {
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        Comparator<LearnerRow> key;
        if (GradebookQuery.FIELDS.contains(field)) {
            key = switch (field) {
                case "email" -> nullsLast(LearnerRow::email, descending);
                case "externalId" -> nullsLast(r -> r.externalId() == null ? null : r.externalId().toLowerCase(Locale.ROOT),
                        descending);
                case "status" -> nullsLast(LearnerRow::status, descending);
                case "progress" -> nullsLast(LearnerRow::unitsPassed, descending);
                case "lastActivity" -> nullsLast(LearnerRow::lastActivity, descending);
                default -> nullsLast(r -> r.name().toLowerCase(Locale.ROOT), descending);
            };
        } else {
            boolean attemptsUsed = field.endsWith(".attempts");
            String unitKey = attemptsUsed ? field.substring(0, field.length() - ".attempts".length()) : field;
            if (structure.columns().stream().noneMatch(c -> c.unitKey().equals(unitKey))) {
                throw DomainException.invalid("validation", "sort must be one of " + GradebookQuery.FIELDS
                        + ", a unit key or a unit key with .attempts, with a leading - for descending");
            }
            key = attemptsUsed ? nullsLast(r -> r.cell(unitKey).attemptsUsed(), descending)
                    : nullsLast(r -> r.cell(unitKey).gradePercent(), descending);
        }
        return key.thenComparing(r -> r.name().toLowerCase(Locale.ROOT)).thenComparing(LearnerRow::email);
    }

    private static <T extends Comparable<? super T>> Comparator<LearnerRow> nullsLast(Function<LearnerRow, T> value,
                                                                                      boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(natural));
    }

    /** For exports: the rows of the given learners (one page of the roster), with three queries. */
    List<LearnerRow> rowsOf(Structure structure, List<Learner> learners) {
        List<String> people = learners.stream().map(Learner::personId).toList();
        return rows(structure, learners, attempts(structure.cohort().id(), people),
                lastActivity(structure.cohort().id(), people));
    }

    /**
     * The whole gradebook as a file, one row per learner (by email): external id, name, email,
     * status, the grade of each unit (blank without one), units passed, units and the overall
     * result. The roster is read {@value #EXPORT_PAGE} learners at a time (keyset by email) with
     * their attempts, written and flushed, so no more than one page is held.
     */
    public void export(String cohortId, ExportFormat format, java.io.OutputStream out) throws java.io.IOException {
        Structure structure = structure(cohortId);
        List<String> header = new ArrayList<>(List.of("external_id", "name", "email", "enrollment_status"));
        structure.columns().forEach(c -> header.add(c.unitKey() + " grade %"));
        header.addAll(List.of("units_passed", "units", "overall"));
        try (ExportWriter writer = ExportWriter.of(format, out, structure.cohort().name())) {
            writer.row(new ArrayList<>(header));
            String after = null;
            while (true) {
                List<Learner> learners = learners(cohortId, after, EXPORT_PAGE);
                if (learners.isEmpty()) {
                    break;
                }
                for (LearnerRow row : rowsOf(structure, learners)) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(ExportWriter.text(row.externalId())); // null (no id) makes an empty cell
                    cells.add(ExportWriter.text(row.name()));
                    cells.add(ExportWriter.text(row.email()));
                    cells.add(row.status());
                    row.units().forEach(cell -> cells.add(cell.gradePercent()));
                    cells.add(row.unitsPassed());
                    cells.add(row.unitCount());
                    cells.add(row.unitsPassed() == row.unitCount() ? "PASSED" : "NOT_YET");
                    writer.row(cells);
                }
                writer.flush();
                after = learners.get(learners.size() - 1).email();
                em.clear();
            }
        }
    }

    static final int EXPORT_PAGE = 500;
}
