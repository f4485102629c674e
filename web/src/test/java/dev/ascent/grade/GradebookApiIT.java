package dev.ascent.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import dev.ascent.shared.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gradebook over HTTP: real attempts taken through the API, the JSON page, and both exports
 * read back with a CSV reader and an XLSX reader to the same numbers; typed text that would start
 * a spreadsheet formula comes out neutralised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradebookApiIT {
    private static final String JSON = "application/json";
    private static final String FORMULA_NAME = "=HYPERLINK(\"https://evil.example\",\"click\")";
    private static final String FORMULA_ID = "+1-555-0100";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    record Setup(Fixtures.Cohort cohort, Http instructor, Http learner, String formulaEmail) {
    }

    /** Three learners with different results at unit 1 (a pass, 0 %, one item right) and one enrolled by an admin with a formula for a name. */
    private Setup setUp() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        Http admin = fixtures.providerAdmin(cohort).http();
        String quizId = Fixtures.quizOfUnit(new Http(base), 1);
        Fixtures.Person first = null;
        for (int correct : new int[] {99, 0, 1}) {
            Fixtures.Person learner = fixtures.learner(cohort);
            first = first == null ? learner : first;
            take(fixtures, learner.http(), quizId, correct);
        }
        String email = "formula-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> added = admin.post("api/cohorts/" + cohort.cohortId() + "/enrollments", JSON,
                Json.createObjectBuilder().add("email", email).add("name", FORMULA_NAME).add("externalId", FORMULA_ID)
                        .build().toString());
        assertEquals(201, added.statusCode(), added::body);
        return new Setup(cohort, instructor, first.http(), email);
    }

    /** Starts and submits an attempt with up to {@code correct} items answered right (99: all it can, a pass). */
    static void take(Fixtures fixtures, Http learner, String quizId, int correct) {
        HttpResponse<String> started = learner.postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        String attemptId = Http.object(started).getString("id");
        int answered = 0;
        for (JsonValue value : fixtures.keys(attemptId).getJsonArray("items")) {
            JsonObject key = value.asJsonObject();
            String answer = switch (key.getString("type")) {
                case "single-choice", "multiple-response", "ordering" -> Json.createObjectBuilder()
                        .add("selected", Json.createArrayBuilder(key.getJsonArray("correctIds"))).build().toString();
                case "true-false" -> Json.createObjectBuilder().add("truth", key.getBoolean("correctTrue")).build().toString();
                case "matching" -> Json.createObjectBuilder().add("pairs", key.getJsonObject("correctPairs")).build().toString();
                case "numeric" -> key.isNull("correctNumber") ? null
                        : Json.createObjectBuilder().add("number", key.getJsonNumber("correctNumber")).build().toString();
                case "short-text" -> key.getJsonArray("acceptedTexts").isEmpty() ? null
                        : Json.createObjectBuilder().add("text", key.getJsonArray("acceptedTexts").getString(0)).build().toString();
                default -> null;
            };
            if (answer == null || answered >= correct) {
                continue;
            }
            HttpResponse<String> saved = learner.put("api/attempts/" + attemptId + "/responses/" + key.getString("itemId"),
                    JSON, "{\"answer\": " + answer + ", \"baseRevision\": 0}");
            assertEquals(200, saved.statusCode(), saved::body);
            answered++;
        }
        assertEquals(200, learner.postEmpty("api/attempts/" + attemptId + "/submit").statusCode());
    }

    @Test
    void the_exports_read_back_to_the_numbers_of_the_api_and_neutralise_formulas() throws Exception {
        Setup s = setUp();
        String path = "api/cohorts/" + s.cohort().cohortId() + "/gradebook";
        JsonObject page = Http.object(s.instructor().get(path + "?size=200"));
        assertEquals(4, page.getInt("learners"));
        List<String> unitKeys = page.getJsonArray("units").stream().map(u -> u.asJsonObject().getString("unitKey")).toList();
        Map<String, JsonObject> byEmail = new HashMap<>();
        page.getJsonArray("rows").forEach(r -> byEmail.put(r.asJsonObject().getString("email"), r.asJsonObject()));
        List<Double> unitOne = byEmail.values().stream().map(r -> grade(r, 0)).filter(g -> g != null).sorted().toList();
        assertEquals(3, unitOne.size(), "three learners submitted unit 1");
        assertTrue(unitOne.get(0) < unitOne.get(2), "different results: " + unitOne);

        // CSV: a byte order mark, then RFC 4180 with CRLF.
        HttpResponse<byte[]> csv = s.instructor().getBytes(path + "/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        byte[] bytes = csv.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        List<CSVRecord> records;
        try (Reader reader = new java.io.StringReader(text)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertEquals(4, records.size());
        List<String> header = records.get(0).getParser().getHeaderNames();
        assertEquals(List.of("external_id", "name", "email", "enrollment_status"), header.subList(0, 4));
        assertEquals(unitKeys.size() + 7, header.size());
        for (CSVRecord record : records) {
            JsonObject row = byEmail.get(record.get("email"));
            assertNotNull(row, record.get("email"));
            for (int u = 0; u < unitKeys.size(); u++) {
                String cell = record.get(4 + u);
                Double expected = grade(row, u);
                if (expected == null) {
                    assertEquals("", cell, unitKeys.get(u));
                } else {
                    assertEquals(expected, Double.parseDouble(cell), 0.005, unitKeys.get(u));
                }
            }
            assertEquals(row.getInt("unitsPassed"), Integer.parseInt(record.get("units_passed")));
            assertEquals(row.getInt("unitCount"), Integer.parseInt(record.get("units")));
        }
        CSVRecord formula = records.stream().filter(r -> r.get("email").equals(s.formulaEmail())).findFirst().orElseThrow();
        assertEquals("'" + FORMULA_NAME, formula.get("name"));
        assertEquals("'" + FORMULA_ID, formula.get("external_id"));

        // XLSX: the same numbers, unrounded.
        HttpResponse<byte[]> xlsx = s.instructor().getBytes(path + "/export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(GradebookResource.XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            workbook.getFirstSheet().openStream().forEach(rows::add);
        }
        assertEquals(5, rows.size());
        assertEquals("email", rows.get(0).getCellText(2));
        for (Row row : rows.subList(1, rows.size())) {
            JsonObject api = byEmail.get(row.getCellText(2));
            assertNotNull(api, row.getCellText(2));
            for (int u = 0; u < unitKeys.size(); u++) {
                Cell cell = row.getCell(4 + u);
                Double expected = grade(api, u);
                if (expected == null) {
                    assertTrue(cell == null || cell.getType() == CellType.EMPTY, unitKeys.get(u));
                } else {
                    assertEquals(CellType.NUMBER, cell.getType());
                    assertEquals(expected, cell.asNumber().doubleValue(), 1e-9);
                }
            }
            assertEquals(api.getInt("unitsPassed"), row.getCell(4 + unitKeys.size()).asNumber().intValue());
            if (row.getCellText(2).equals(s.formulaEmail())) {
                assertEquals("'" + FORMULA_NAME, row.getCellText(1));
                assertEquals(CellType.STRING, row.getCell(1).getType(), "text, never a formula");
            }
        }
    }

    @Test
    void bad_parameters_are_problems_and_learners_get_nothing() {
        Setup s = setUp();
        String path = "api/cohorts/" + s.cohort().cohortId() + "/gradebook";
        for (String bad : List.of("/export?format=pdf", "?sort=password", "?size=1000", "?state=lost", "?page=-1",
                "?unit=nope&state=passed")) {
            HttpResponse<String> response = s.instructor().get(path + bad);
            assertEquals(400, response.statusCode(), bad + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE), bad);
        }
        for (String staffOnly : List.of(path, path + "/export?format=csv", path + "/export?format=xlsx")) {
            HttpResponse<String> refused = s.learner().get(staffOnly);
            assertEquals(403, refused.statusCode(), staffOnly);
            assertFalse(refused.body().contains("@"), "no learner data in " + refused.body());
        }
        JsonArray filtered = Http.object(s.instructor().get(path + "?unit=" + "u1" + "&state=failed&sort=-u1"))
                .getJsonArray("rows");
        filtered.forEach(r -> assertEquals("FAILED", r.asJsonObject().getJsonArray("units").getJsonObject(0).getString("state")));
    }

    @Test
    void the_responses_export_reads_back_to_the_item_analysis_and_learners_get_nothing() throws Exception {
        Setup s = setUp();
        String quizId = Fixtures.quizOfUnit(new Http(base), 1);
        String analysisPath = "api/cohorts/" + s.cohort().cohortId() + "/quizzes/" + quizId + "/item-analysis";
        JsonObject analysis = Http.object(s.instructor().get(analysisPath));
        assertEquals(3, analysis.getInt("attempts"));
        String path = "api/cohorts/" + s.cohort().cohortId() + "/quizzes/" + quizId + "/responses/export";

        HttpResponse<byte[]> csv = s.instructor().getBytes(path + "?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bytes = csv.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<CSVRecord> records;
        try (Reader reader = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        // One row per attempt x drawn item: facility per item = mean credit over submitted attempts that drew it.
        Map<String, double[]> sums = new HashMap<>();
        java.util.Set<String> attempts = new java.util.HashSet<>();
        for (CSVRecord record : records) {
            assertEquals("SUBMITTED", record.get("attempt_state"));
            attempts.add(record.get("email") + "#" + record.get("attempt_number"));
            double credit = Double.parseDouble(record.get("credit"));
            double[] sum = sums.computeIfAbsent(record.get("item_key"), k -> new double[2]);
            sum[0] += credit;
            sum[1]++;
            assertEquals(credit >= 1 ? "yes" : credit > 0 ? "partly" : "no", record.get("correct"));
        }
        assertEquals(3, attempts.size());
        JsonArray items = analysis.getJsonArray("items");
        assertEquals(items.size(), sums.size());
        for (JsonValue value : items) {
            JsonObject item = value.asJsonObject();
            double[] sum = sums.get(item.getString("itemKey"));
            assertNotNull(sum, item.getString("itemKey"));
            assertEquals(item.getInt("attempts"), (int) sum[1], item.getString("itemKey"));
            assertEquals(item.getJsonNumber("facility").doubleValue(), sum[0] / sum[1], 0.01, item.getString("itemKey"));
        }
        // The learner who passed answered in readable form: no option ids or JSON in the answer column.
        assertTrue(records.stream().filter(r -> !r.get("answer").isEmpty()).noneMatch(r -> r.get("answer").startsWith("{")));
        assertTrue(records.stream().anyMatch(r -> r.get("correct").equals("yes") && !r.get("answer").isEmpty()));

        // XLSX: the same rows and credits.
        HttpResponse<byte[]> xlsx = s.instructor().getBytes(path + "?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(GradebookResource.XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            workbook.getFirstSheet().openStream().forEach(rows::add);
        }
        assertEquals(records.size() + 1, rows.size());
        assertEquals("credit", rows.get(0).getCellText(12));
        double csvTotal = records.stream().mapToDouble(r -> Double.parseDouble(r.get("credit"))).sum();
        double xlsxTotal = rows.subList(1, rows.size()).stream().mapToDouble(r -> r.getCell(12).asNumber().doubleValue()).sum();
        assertEquals(csvTotal, xlsxTotal, 0.01);

        HttpResponse<String> refused = s.learner().get(path + "?format=csv");
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("@"), "no learner data in " + refused.body());
        assertEquals(400, s.instructor().get(path + "?format=pdf").statusCode());
        assertEquals(404, s.instructor().get("api/cohorts/" + s.cohort().cohortId() + "/quizzes/nope/responses/export")
                .statusCode());
    }

    private static Double grade(JsonObject row, int unit) {
        JsonObject cell = row.getJsonArray("units").getJsonObject(unit);
        return !cell.containsKey("gradePercent") || cell.isNull("gradePercent") ? null
                : cell.getJsonNumber("gradePercent").doubleValue();
    }
}
