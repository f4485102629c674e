package dev.ascent.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import dev.ascent.shared.Problem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reading a unit over the API and the unit page: the lesson for enrolled learners only, marking
 * it read (once), and My learning's next step, which asks to read a unit before taking its quiz.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadingProgressIT {
    private static final String UNIT_1 = "api/courses/ml-engineer/units/u1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void reading_a_lesson_marks_it_read_once_and_the_next_step_moves_from_reading_to_the_quiz() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http learner = fixtures.learner(cohort).http();

        JsonObject card = card(learner, cohort.cohortId());
        assertEquals("READ", card.getString("nextAction"), card::toString);
        assertEquals("u1", card.getJsonObject("nextStep").getString("unitKey"));
        assertFalse(card.getJsonArray("units").getJsonObject(0).getBoolean("read"));

        JsonObject unit = ok(learner.get(UNIT_1));
        assertFalse(unit.getBoolean("read"), unit::toString);
        assertEquals(cohort.cohortId(), unit.getString("cohortId"));
        assertEquals(1, unit.getInt("number"));
        assertEquals("u2", unit.getString("nextUnitKey"));
        assertFalse(unit.containsKey("previousUnitKey"), "the first unit has none");
        String html = unit.getString("html");
        JsonArray sections = unit.getJsonArray("sections");
        assertFalse(sections.isEmpty());
        for (JsonValue section : sections) {
            assertTrue(html.contains("id=\"" + section.asJsonObject().getString("anchor") + "\""), section::toString);
        }
        for (JsonValue objective : unit.getJsonArray("objectives")) {
            String anchor = objective.asJsonObject().getString("anchor");
            assertTrue("lesson".equals(anchor) || html.contains("id=\"" + anchor + "\""),
                    () -> "an objective's section is one of the lesson's: " + objective);
        }
        assertFalse(unit.getJsonArray("keyTerms").isEmpty());
        assertTrue(unit.getJsonArray("keyTerms").getJsonObject(0).getString("glossaryAnchor").startsWith("term-"));
        assertEquals("NOT_STARTED", unit.getJsonObject("quiz").getString("status"));

        String page = learner.get("app/unit.xhtml?course=ml-engineer&unit=u1").body();
        assertTrue(page.contains("Not read yet."), page);
        assertTrue(page.contains("Take the quiz"), page);
        assertTrue(page.contains("id=\"" + sections.getJsonObject(0).getString("anchor") + "\""), "the lesson is on the page");

        JsonObject read = ok(learner.put(UNIT_1 + "/progress", "application/json", ""));
        assertTrue(read.getBoolean("read"));
        String readAt = read.getString("readAt");
        JsonObject again = ok(learner.put(UNIT_1 + "/progress?cohortId=" + cohort.cohortId(), "application/json", ""));
        assertEquals(readAt, again.getString("readAt"), "the first time counts");

        assertTrue(ok(learner.get(UNIT_1)).getBoolean("read"));
        card = card(learner, cohort.cohortId());
        assertTrue(card.getJsonArray("units").getJsonObject(0).getBoolean("read"));
        assertFalse(card.getJsonArray("units").getJsonObject(1).getBoolean("read"), "only unit 1 was read");
        assertEquals("QUIZ", card.getString("nextAction"), "read: the quiz is next");
        assertEquals("u1", card.getJsonObject("nextStep").getString("unitKey"));
        String dashboard = learner.get("app/dashboard.xhtml").body();
        assertTrue(dashboard.contains("Start the quiz<span"), "the next step is the quiz: " + dashboard);
        assertTrue(learner.get("app/unit.xhtml?course=ml-engineer&unit=u1").body().contains("You have read this lesson"));
    }

    @Test
    void the_dashboard_asks_to_read_first_and_links_the_unit_page() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http learner = fixtures.learner(cohort).http();
        String dashboard = learner.get("app/dashboard.xhtml").body();
        assertTrue(dashboard.contains("Read unit 1</a>"), dashboard);
        assertTrue(dashboard.contains("/app/unit.xhtml?course=ml-engineer&amp;unit=u1&amp;cohort=" + cohort.cohortId()), dashboard);
        assertTrue(dashboard.contains("Not read yet"), dashboard);
    }

    @Test
    void only_a_learner_of_a_cohort_taking_the_course_reads_its_units() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Fixtures.Person learner = fixtures.learner(cohort);
        Http stranger = fixtures.person("Stranger").http();
        Http instructor = fixtures.instructor(cohort).http();

        assertEquals(401, new Http(base).get(UNIT_1).statusCode());
        assertEquals(401, new Http(base).put(UNIT_1 + "/progress", "application/json", "").statusCode());
        problem(stranger.get(UNIT_1), 403, "not-enrolled");
        problem(stranger.put(UNIT_1 + "/progress", "application/json", ""), 403, "not-enrolled");
        problem(instructor.get(UNIT_1), 403, "not-enrolled");
        problem(stranger.get(UNIT_1 + "?cohortId=" + cohort.cohortId()), 403, "not-enrolled");
        problem(learner.http().get("api/courses/ml-engineer/units/u99"), 404, "not-found");
        problem(learner.http().put("api/courses/ml-engineer/units/u99/progress", "application/json", ""), 404, "not-found");
        problem(learner.http().get("api/courses/no-such-course/units/u1"), 404, "not-found");
        assertTrue(stranger.get("app/unit.xhtml?course=ml-engineer&unit=u1").body()
                .contains("You are not a learner in a cohort that takes this course."));

        // In two cohorts of the course: the cohort must be named, and each keeps its own reading.
        Fixtures.Cohort second = fixtures.cohort();
        fixtures.enroll(second, learner, "ACTIVE");
        problem(learner.http().get(UNIT_1), 400, "cohort-required");
        ok(learner.http().put(UNIT_1 + "/progress?cohortId=" + second.cohortId(), "application/json", ""));
        assertTrue(ok(learner.http().get(UNIT_1 + "?cohortId=" + second.cohortId())).getBoolean("read"));
        assertFalse(ok(learner.http().get(UNIT_1 + "?cohortId=" + cohort.cohortId())).getBoolean("read"));
        String choose = learner.http().get("app/unit.xhtml?course=ml-engineer&unit=u1").body();
        assertTrue(choose.contains("Which cohort?") && choose.contains("cohort=" + second.cohortId()), choose);
        // Withdrawn from a third cohort: not a learner there.
        Fixtures.Cohort left = fixtures.cohort();
        fixtures.enroll(left, learner, "WITHDRAWN");
        problem(learner.http().put(UNIT_1 + "/progress?cohortId=" + left.cohortId(), "application/json", ""), 403,
                "not-enrolled");
    }

    @Test
    void the_public_outline_lists_each_lessons_section_titles_but_not_its_text() {
        Fixtures fixtures = new Fixtures(base);
        Http learner = fixtures.learner(fixtures.cohort()).http();
        JsonObject unit = ok(learner.get("api/courses/ml-engineer/units/u4"));
        String outline = new Http(base).get("").body();
        assertTrue(outline.contains("In this lesson"), outline);
        for (JsonValue value : unit.getJsonArray("sections")) {
            JsonObject section = value.asJsonObject();
            if (section.getInt("level") == 2) {
                assertTrue(outline.contains("<li>" + escape(section.getString("title")) + "</li>"), section::toString);
            }
        }
        String html = unit.getString("html");
        String firstParagraph = html.substring(html.indexOf("<p>") + 3, html.indexOf("</p>"));
        assertFalse(outline.contains(firstParagraph.substring(0, Math.min(60, firstParagraph.length()))),
                "the lesson's text is for enrolled learners");
        assertTrue(outline.contains("/app/unit.xhtml?course=ml-engineer&amp;unit=u4"), "a way to read it");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static JsonObject card(Http learner, String cohortId) {
        JsonArray learning = (JsonArray) Http.json(learner.get("api/me/learning"));
        return learning.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("cohortId").equals(cohortId))
                .findFirst().orElseThrow(() -> new AssertionError("no cohort " + cohortId + " in " + learning));
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return Http.object(response);
    }

    static void problem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE), response::body);
        assertEquals("urn:ascent:problem:" + type, Http.object(response).getString("type"), response::body);
    }

}
