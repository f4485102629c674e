package dev.ascent.shared;

import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.attempt.ChoiceIds;
import dev.ascent.identity.PasswordHasher;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.RenderedItem;
import jakarta.annotation.Resource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test EAR only, never shipped: sets up providers, cohorts, people and roles with plain SQL (the
 * cohort feature's API is built elsewhere), moves the test clock, and tells the tests what the
 * server knows about an attempt (its seed and keys, and the option and prompt ids it shows) so they can
 * look for leaks and answer with the key.
 */
@Path("/test-support")
@Produces(MediaType.APPLICATION_JSON)
public class TestSupportResource {

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @POST
    @Path("cohorts")
    public Map<String, String> cohort() throws SQLException {
        String provider = UUID.randomUUID().toString();
        update("insert into provider (id, slug, name, created_at) values (?, ?, ?, ?)", provider, "p-" + provider,
                "Provider " + provider, Timestamp.from(Instant.now()));
        return Map.of("providerId", provider, "cohortId", cohortOf(provider).get("cohortId"));
    }

    @POST
    @Path("providers/{providerId}/cohorts")
    public Map<String, String> cohortOf(@PathParam("providerId") String provider) throws SQLException {
        String cohort = UUID.randomUUID().toString();
        String version = query("select current_version_id from course where slug = 'ml-engineer'").get(0)[0].toString();
        update("insert into cohort (id, provider_id, name, course_version_id, created_at) values (?, ?, ?, ?, ?)",
                cohort, provider, "Cohort " + cohort, version, Timestamp.from(Instant.now()));
        return Map.of("providerId", provider, "cohortId", cohort);
    }

    /** A person who can sign in with the password; {"name": ..., "password": ...}. */
    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> person(Map<String, String> body) throws SQLException {
        String id = UUID.randomUUID().toString();
        String email = "person-" + id + "@test.invalid";
        update("insert into person (id, email, name, password_hash, platform_admin, failed_logins, created_at)"
                        + " values (?, ?, ?, ?, false, 0, ?)", id, email, body.get("name"),
                PasswordHasher.hash(body.get("password")), Timestamp.from(Instant.now()));
        return Map.of("personId", id, "email", email);
    }

    @PUT
    @Path("cohorts/{cohortId}/enrollments/{personId}")
    public void enroll(@PathParam("cohortId") String cohort, @PathParam("personId") String person,
                       @QueryParam("status") String status) throws SQLException {
        update("insert into enrollment (id, cohort_id, person_id, status, activated_at) values (?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), cohort, person, status == null ? "ACTIVE" : status,
                Timestamp.from(Instant.now()));
    }

    @PUT
    @Path("cohorts/{cohortId}/instructors/{personId}")
    public void instruct(@PathParam("cohortId") String cohort, @PathParam("personId") String person) throws SQLException {
        update("insert into cohort_instructor (cohort_id, person_id) values (?, ?)", cohort, person);
    }

    @PUT
    @Path("providers/{providerId}/admins/{personId}")
    public void administer(@PathParam("providerId") String provider, @PathParam("personId") String person)
            throws SQLException {
        update("insert into provider_admin (provider_id, person_id) values (?, ?)", provider, person);
    }

    @PUT
    @Path("clock")
    public Map<String, String> advance(@QueryParam("advanceSeconds") long seconds) {
        TestClock.advance(Duration.ofSeconds(seconds));
        return Map.of("now", TestClock.now().toString());
    }

    @DELETE
    @Path("clock")
    public void resetClock() {
        TestClock.reset();
    }

    /** Everything secret about an attempt, straight from the database. */
    @GET
    @Path("attempts/{attemptId}/keys")
    public Map<String, Object> keys(@PathParam("attemptId") String attemptId) throws SQLException {
        Object[] attempt = query("select quiz_id, item_keys, seed from attempt where id = ?", attemptId).get(0);
        long seed = ((Number) attempt[2]).longValue();
        List<Map<String, Object>> items = new ArrayList<>();
        for (String key : attempt[1].toString().split(",")) {
            Item item = ItemCodec.fromJson(query("select definition from quiz_item where quiz_id = ? and item_key = ?",
                    attempt[0], key).get(0)[0].toString());
            RenderedItem rendered = item.render(seed);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("itemId", key);
            facts.put("type", item.type().yamlName());
            facts.put("stem", rendered.stem());
            facts.put("choiceTexts", texts(rendered.options(), rendered.prompts(), false));
            facts.put("feedbacks", texts(rendered.options(), rendered.prompts(), true));
            facts.put("explanation", item.explanation(rendered.values()));
            // The key as the attempt's learner would send it: in the attempt's own option and prompt ids.
            ChoiceIds ids = ChoiceIds.of(seed, rendered);
            facts.put("correctIds", rendered.correctIds().stream().map(ids::option).toList());
            Map<String, String> pairs = new LinkedHashMap<>();
            rendered.correctPairs().forEach((prompt, option) -> pairs.put(ids.prompt(prompt), ids.option(option)));
            facts.put("correctPairs", pairs);
            facts.put("contentCorrectIds", rendered.correctIds());
            facts.put("optionIds", shownIds(rendered.options(), ids::option));
            facts.put("promptIds", shownIds(rendered.prompts(), ids::prompt));
            facts.put("correctTrue", rendered.correctTrue());
            facts.put("correctNumber", rendered.correctNumber());
            facts.put("acceptedTexts", rendered.acceptedTexts());
            facts.put("pattern", rendered.pattern());
            List<String> formulas = new ArrayList<>(item.answerWhen().values());
            formulas.addAll(item.let().values());
            if (item.answerFormula() != null) {
                formulas.add(item.answerFormula());
            }
            facts.put("formulas", formulas);
            items.add(facts);
        }
        return Map.of("seed", Long.toString(seed), "items", items);
    }

    /** Content id to the id the attempt shows. */
    private static Map<String, String> shownIds(List<AuthoredChoice> choices, java.util.function.UnaryOperator<String> shown) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AuthoredChoice choice : choices == null ? List.<AuthoredChoice>of() : choices) {
            out.put(choice.id(), shown.apply(choice.id()));
        }
        return out;
    }

    private static List<String> texts(List<AuthoredChoice> options, List<AuthoredChoice> prompts, boolean feedback) {
        List<String> out = new ArrayList<>();
        for (List<AuthoredChoice> choices : List.of(options, prompts)) {
            for (AuthoredChoice choice : choices) {
                String text = feedback ? choice.feedback() : choice.text();
                if (text != null) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            statement.executeUpdate();
        }
    }

    private List<Object[]> query(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            List<Object[]> out = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                out.add(row);
            }
            return out;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
