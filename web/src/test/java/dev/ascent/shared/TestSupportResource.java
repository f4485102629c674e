package dev.ascent.shared;

import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.attempt.ChoiceIds;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.RenderedItem;
import jakarta.annotation.Resource;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Test EAR only, never shipped: what no product service does. It moves the test clock, and tells
 * the tests what the server knows about an attempt (its seed and keys, and the option and prompt
 * ids it shows) so they can look for leaks and answer with the key; those are read-only queries.
 * Providers, cohorts, enrollments and roles are made through the product's API ({@link Fixtures}),
 * people with passwords through {@code /api/test-people}: nothing here writes to the database.
 */
@Path("/test-support")
@Produces(MediaType.APPLICATION_JSON)
public class TestSupportResource {

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

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
