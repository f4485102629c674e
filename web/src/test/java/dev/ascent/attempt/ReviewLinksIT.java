package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Back to the part you missed: on the result, each item shown as missed links to the lesson
 * section teaching its objective, and My learning lists those objectives as weak, only as far as
 * the review policy shows right and wrong. A learner gets 7 of unit 4's 20 items right (the
 * true-false and numeric ones), so 13 are missed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewLinksIT {
    private static final Pattern REVIEW_LINK = Pattern.compile("<a href=\"unit\\.xhtml\\?course=ml-engineer&amp;unit=u4"
            + "&amp;cohort=([^\"#]+)#([^\"]+)\">Review: ([^<]+)<span");
    private static final String ALL_SHOWN = policy("IMMEDIATELY", "IMMEDIATELY");
    private static final String SCORE_ONLY = policy("IMMEDIATELY", "NEVER");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void each_missed_item_links_to_the_section_teaching_its_objective() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        settings(fixtures.instructor(cohort).http(), cohort, ALL_SHOWN);
        Http learner = fixtures.learner(cohort).http();
        String quizId = Fixtures.quizOfUnit(learner, 4);
        String attemptId = ReviewPolicyEverywhereIT.scoreSome(fixtures, learner, quizId, null);

        // The API names each item's objective with right/wrong; the unit says which section teaches it.
        JsonArray items = Http.object(learner.get("api/attempts/" + attemptId)).getJsonObject("result").getJsonArray("items");
        Map<String, JsonObject> objectives = new HashMap<>();
        JsonObject unit = Http.object(learner.get("api/courses/ml-engineer/units/u4"));
        unit.getJsonArray("objectives").forEach(o -> objectives.put(o.asJsonObject().getString("id"), o.asJsonObject()));
        List<String> expected = new ArrayList<>();
        Set<String> missedObjectives = new LinkedHashSet<>();
        for (JsonValue value : items) {
            JsonObject item = value.asJsonObject();
            assertTrue(objectives.containsKey(item.getString("objectiveId")), item::toString);
            if (!"CORRECT".equals(item.getString("outcome"))) {
                JsonObject objective = objectives.get(item.getString("objectiveId"));
                expected.add(objective.getString("anchor") + " " + objective.getString("section"));
                missedObjectives.add(item.getString("objectiveId"));
            }
        }
        assertEquals(13, expected.size(), "7 of 20 right");

        // The result page: one link per missed item, in the order shown, to the unit page at that section.
        String result = learner.get("app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=" + attemptId).body();
        List<String> linked = new ArrayList<>();
        Matcher link = REVIEW_LINK.matcher(result);
        while (link.find()) {
            assertEquals(cohort.cohortId(), link.group(1));
            linked.add(link.group(2) + " " + link.group(3));
        }
        assertEquals(expected.stream().sorted().toList(), linked.stream().sorted().toList(), result);
        String unitPage = learner.get("app/unit.xhtml?course=ml-engineer&unit=u4&cohort=" + cohort.cohortId()).body();
        for (String target : linked) {
            assertTrue(unitPage.contains("id=\"" + target.split(" ")[0] + "\""), () -> "the unit page has " + target);
        }

        // My learning: the objectives the latest attempt showed as weak, each with its section.
        JsonObject unit4 = learning(learner, cohort).getJsonArray("units").getJsonObject(3);
        List<String> weak = unit4.getJsonArray("weakObjectives").stream().map(o -> o.asJsonObject().getString("id")).toList();
        assertEquals(missedObjectives.stream().sorted().toList(), weak.stream().sorted().toList(), unit4::toString);
        String dashboard = learner.get("app/dashboard.xhtml").body();
        assertTrue(dashboard.contains("Worth another look"), dashboard);
        JsonObject firstWeak = unit4.getJsonArray("weakObjectives").getJsonObject(0);
        assertTrue(dashboard.contains("unit=u4&amp;cohort=" + cohort.cohortId() + "#" + firstWeak.getString("anchor")
                + "\">Review: " + firstWeak.getString("section")), dashboard);
    }

    @Test
    void no_review_link_and_no_weak_objective_while_the_policy_hides_right_and_wrong() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        settings(instructor, cohort, SCORE_ONLY);
        Http learner = fixtures.learner(cohort).http();
        String quizId = Fixtures.quizOfUnit(learner, 4);
        String attemptId = ReviewPolicyEverywhereIT.scoreSome(fixtures, learner, quizId, null);
        String resultPage = "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=" + attemptId;

        HttpResponse<String> attempt = learner.get("api/attempts/" + attemptId);
        assertFalse(attempt.body().contains("objectiveId"), attempt::body);
        assertFalse(attempt.body().contains("u4-o"), "no objective named at all: " + attempt.body());
        String result = learner.get(resultPage).body();
        assertTrue(result.contains("id=\"score\""), "the score is shown: " + result);
        assertFalse(result.contains("Review: "), result);
        JsonObject unit4 = learning(learner, cohort).getJsonArray("units").getJsonObject(3);
        assertEquals(0, unit4.getJsonArray("weakObjectives").size(), unit4::toString);
        assertFalse(learner.get("app/dashboard.xhtml").body().contains("Worth another look"));

        // The same checks see the links once right and wrong are shown (the policy applies to past attempts).
        settings(instructor, cohort, ALL_SHOWN);
        assertTrue(learner.get("api/attempts/" + attemptId).body().contains("objectiveId"));
        assertTrue(REVIEW_LINK.matcher(learner.get(resultPage).body()).find());
        assertFalse(learning(learner, cohort).getJsonArray("units").getJsonObject(3).getJsonArray("weakObjectives").isEmpty());
    }

    private static JsonObject learning(Http learner, Fixtures.Cohort cohort) {
        JsonArray learning = (JsonArray) Http.json(learner.get("api/me/learning"));
        return learning.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("cohortId").equals(cohort.cohortId()))
                .findFirst().orElseThrow();
    }

    /** The whole pool of unit 4 and the given review policy. */
    private static void settings(Http instructor, Fixtures.Cohort cohort, String review) {
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u4/settings";
        int pool = Http.object(instructor.get(path)).getInt("poolSize");
        HttpResponse<String> put = instructor.put(path, "application/json", "{\"drawCount\": " + pool
                + ", \"passMarkPercent\": 30, \"review\": " + review + "}");
        assertEquals(200, put.statusCode(), put::body);
    }

    private static String policy(String score, String correctness) {
        return "{\"score\": \"" + score + "\", \"correctness\": \"" + correctness + "\", \"feedback\": \"NEVER\","
                + " \"correctAnswers\": \"NEVER\"}";
    }
}
