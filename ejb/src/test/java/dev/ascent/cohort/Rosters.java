package dev.ascent.cohort;

import java.util.Map;
import java.util.UUID;

/** Roster files for the service and API tests (shared with web): 1,000 data rows, seven of them bad, new emails on every call. */
public final class Rosters {
    private Rosters() {
    }

    /** Bad rows of the 1,000-row file, by file line (the header is line 1). */
    public static final Map<Integer, String> SEVEN_BAD = Map.of(
            17, "not-an-email,Bad Email,",
            130, ",No Email,",
            245, "missing.name@example.org,,",
            388, "x".repeat(250) + "@example.org,Too Long Email,",
            512, "long.name@example.org," + "n".repeat(201) + ",",
            777, "dup@LINE.example.org,Second Copy,",
            901, "long.external@example.org,External," + "e".repeat(201));

    /** Emails are unique per call, so each file brings new people; line 3 holds the original of line 777's duplicate. */
    public static String thousandRowsSevenBad() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("Email,Name,External_ID\r\n");
        for (int line = 2; line <= 1001; line++) {
            String bad = SEVEN_BAD.get(line);
            if (bad != null) {
                csv.append(bad.replace("dup@LINE", "dup-" + run + "@line")).append("\r\n");
            } else if (line == 3) {
                csv.append("dup-").append(run).append("@line.example.org,First Copy,S-3\r\n");
            } else {
                csv.append("learner").append(line).append('-').append(run).append("@example.org,\"Learner ").append(line)
                        .append(", Test\",S-").append(line).append("\r\n");
            }
        }
        return csv.toString();
    }
}
