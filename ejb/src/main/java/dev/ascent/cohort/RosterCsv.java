package dev.ascent.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a roster file: RFC 4180 CSV (quoted fields may hold commas, quotes as {@code ""} and line
 * breaks) with a header row naming {@code email}, {@code name} and optionally {@code external_id}
 * in any order and any case. Every problem is reported with the file's line number (a record
 * that spans lines is reported at its first line). Pure: no database, no container.
 */
public final class RosterCsv {
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 200;
    public static final int MAX_EXTERNAL_ID = 200;

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String EXTERNAL_ID = "external_id";

    // The HTML living standard's email rule, with at least one dot in the domain.
    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public enum Problem {
        EMPTY_FILE, MISSING_COLUMN, UNKNOWN_COLUMN, MALFORMED, FIELD_COUNT,
        BAD_EMAIL, MISSING_NAME, TOO_LONG, DUPLICATE, ALREADY_ENROLLED
    }

    /** A good row; the email is normalised to lower case. */
    public record Row(int line, String email, String name, String externalId) {
    }

    /** One problem; {@code column} is null when it concerns the whole line. */
    public record Issue(int line, String column, Problem problem, String message) {
        static final Comparator<Issue> BY_LINE = Comparator.comparingInt(Issue::line);
    }

    /** {@code records} counts the data records read (blank lines excluded), good or bad. */
    public record Parsed(List<Row> rows, List<Issue> issues, int records) {
    }

    private record Record(int line, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private RosterCsv() {
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= MAX_EMAIL && EMAIL_PATTERN.matcher(value).matches();
    }

    public static Parsed parse(String text) {
        List<Issue> issues = new ArrayList<>();
        List<Record> records = records(text == null ? "" : text, issues).stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            if (issues.isEmpty()) {
                issues.add(new Issue(1, null, Problem.EMPTY_FILE, "The file is empty: it needs a header row email,name"));
            }
            return new Parsed(List.of(), issues, 0);
        }
        Record header = records.get(0);
        Map<String, Integer> columns = header(header, issues);
        List<Record> data = records.subList(1, records.size());
        if (!columns.containsKey(EMAIL) || !columns.containsKey(NAME)) {
            return new Parsed(List.of(), sorted(issues), data.size());
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (Record record : data) {
            row(record, columns, header.fields().size(), firstLineOf, issues).ifPresent(rows::add);
        }
        return new Parsed(rows, sorted(issues), data.size());
    }

    private static Map<String, Integer> header(Record header, List<Issue> issues) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            boolean known = name.equals(EMAIL) || name.equals(NAME) || name.equals(EXTERNAL_ID);
            if (known && !columns.containsKey(name)) {
                columns.put(name, i);
            } else {
                issues.add(new Issue(header.line(), header.fields().get(i).strip(), Problem.UNKNOWN_COLUMN,
                        known ? "Column '" + name + "' appears twice; the second one is ignored"
                                : "Unknown column '" + header.fields().get(i).strip()
                                + "' is ignored (known: email, name, external_id)"));
            }
        }
        if (!columns.containsKey(EMAIL) && !columns.containsKey(NAME)) {
            // No header at all (likely a data row): one clear message instead of a list of odd column names.
            issues.removeIf(issue -> issue.line() == header.line());
            issues.add(new Issue(header.line(), null, Problem.MISSING_COLUMN,
                    "The first row must be a header naming the columns email, name and optionally external_id"));
            return columns;
        }
        for (String required : List.of(EMAIL, NAME)) {
            if (!columns.containsKey(required)) {
                issues.add(new Issue(header.line(), required, Problem.MISSING_COLUMN,
                        "The header row has no '" + required + "' column"));
            }
        }
        return columns;
    }

    private static java.util.Optional<Row> row(Record record, Map<String, Integer> columns, int width,
                                               Map<String, Integer> firstLineOf, List<Issue> issues) {
        int line = record.line();
        if (record.fields().size() > width) {
            issues.add(new Issue(line, null, Problem.FIELD_COUNT,
                    "The row has " + record.fields().size() + " fields, the header " + width));
            return java.util.Optional.empty();
        }
        String email = field(record, columns.get(EMAIL)).toLowerCase(Locale.ROOT);
        String name = field(record, columns.get(NAME));
        String externalId = field(record, columns.get(EXTERNAL_ID));
        int before = issues.size();
        if (email.isEmpty()) {
            issues.add(new Issue(line, EMAIL, Problem.BAD_EMAIL, "The email is missing"));
        } else if (email.length() > MAX_EMAIL) {
            issues.add(new Issue(line, EMAIL, Problem.TOO_LONG, "The email is longer than " + MAX_EMAIL + " characters"));
        } else if (!isEmail(email)) {
            issues.add(new Issue(line, EMAIL, Problem.BAD_EMAIL, "'" + email + "' is not an email address"));
        }
        if (name.isEmpty()) {
            issues.add(new Issue(line, NAME, Problem.MISSING_NAME, "The name is missing"));
        } else if (name.length() > MAX_NAME) {
            issues.add(new Issue(line, NAME, Problem.TOO_LONG, "The name is longer than " + MAX_NAME + " characters"));
        }
        if (externalId.length() > MAX_EXTERNAL_ID) {
            issues.add(new Issue(line, EXTERNAL_ID, Problem.TOO_LONG,
                    "The external id is longer than " + MAX_EXTERNAL_ID + " characters"));
        }
        if (issues.size() > before) {
            return java.util.Optional.empty();
        }
        Integer first = firstLineOf.putIfAbsent(email, line);
        if (first != null) {
            issues.add(new Issue(line, EMAIL, Problem.DUPLICATE, "Same email as line " + first));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Row(line, email, name, externalId.isEmpty() ? null : externalId));
    }

    private static String field(Record record, Integer column) {
        return column == null || column >= record.fields().size() ? "" : record.fields().get(column).strip();
    }

    /** RFC 4180 records with the line each starts on; CRLF, LF and CR all end a line. */
    private static List<Record> records(String text, List<Issue> issues) {
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean inQuotes = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i >= n) {
                    if (inQuotes) {
                        issues.add(new Issue(start, null, Problem.MALFORMED,
                                "A quoted field opened here is never closed; the rest of the file was not read"));
                        return records;
                    }
                    break;
                }
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            inQuotes = false;
                            i++;
                        }
                    } else {
                        if (c == '\n' || c == '\r') {
                            line++;
                            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                                i++;
                            }
                            c = '\n';
                        }
                        field.append(c);
                        i++;
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    inQuotes = true;
                    i++;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\n' || c == '\r') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            records.add(new Record(start, fields));
        }
        return records;
    }

    private static List<Issue> sorted(List<Issue> issues) {
        List<Issue> copy = new ArrayList<>(issues);
        copy.sort(Issue.BY_LINE);
        return List.copyOf(copy);
    }
}
