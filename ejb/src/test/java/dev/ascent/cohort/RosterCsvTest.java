package dev.ascent.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.cohort.RosterCsv.Issue;
import dev.ascent.cohort.RosterCsv.Problem;
import dev.ascent.cohort.RosterCsv.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    @Test
    void reads_rows_with_columns_in_any_order_and_case() {
        RosterCsv.Parsed parsed = RosterCsv.parse("Name,EXTERNAL_ID,Email\r\nAnn Lee,S-1,Ann@Example.org\r\nBob,,bob@example.org\r\n");
        assertEquals(List.of(new Row(2, "ann@example.org", "Ann Lee", "S-1"), new Row(3, "bob@example.org", "Bob", null)),
                parsed.rows());
        assertEquals(List.of(), parsed.issues());
        assertEquals(2, parsed.records());
    }

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_lines_count_in_the_file() {
        String csv = "email,name\n"
                + "\"ann@example.org\",\"Lee, Ann \"\"the first\"\"\"\n"
                + "bob@example.org,\"Bob\nSecond line\"\n"
                + "not-an-email,Carl\n";
        RosterCsv.Parsed parsed = RosterCsv.parse(csv);
        assertEquals("Lee, Ann \"the first\"", parsed.rows().get(0).name());
        assertEquals("Bob\nSecond line", parsed.rows().get(1).name());
        assertEquals(3, parsed.rows().get(1).line());
        assertEquals(List.of(new Issue(5, "email", Problem.BAD_EMAIL, "'not-an-email' is not an email address")),
                parsed.issues(), "the record after a two-line record starts on line 5");
    }

    @Test
    void every_kind_of_bad_row_is_reported_with_its_line() {
        String csv = "email,name,external_id\n"
                + "ok@example.org,Ok,\n"                                  // 2
                + "bad@,Bad,\n"                                           // 3
                + "OK@example.org,Again,\n"                               // 4 duplicate of 2
                + "noname@example.org,,\n"                                // 5
                + "a".repeat(250) + "@example.org,Long,\n"                // 6 email too long
                + "n@example.org," + "n".repeat(201) + ",\n"              // 7 name too long
                + "x@example.org,X," + "x".repeat(201) + "\n"             // 8 external id too long
                + "e@example.org,E,1,extra\n"                             // 9 too many fields
                + ",Nobody,\n";                                           // 10 no email
        RosterCsv.Parsed parsed = RosterCsv.parse(csv);
        assertEquals(List.of("ok@example.org"), parsed.rows().stream().map(Row::email).toList());
        assertEquals(List.of(
                        "3 BAD_EMAIL", "4 DUPLICATE", "5 MISSING_NAME", "6 TOO_LONG", "7 TOO_LONG", "8 TOO_LONG",
                        "9 FIELD_COUNT", "10 BAD_EMAIL"),
                parsed.issues().stream().map(i -> i.line() + " " + i.problem()).toList());
        assertEquals("Same email as line 2", parsed.issues().get(1).message());
        assertEquals(9, parsed.records());
    }

    @Test
    void a_row_with_a_bad_name_does_not_block_a_later_good_row_with_the_same_email() {
        RosterCsv.Parsed parsed = RosterCsv.parse("email,name\nann@example.org,\nann@example.org,Ann\n");
        assertEquals(List.of(new Row(3, "ann@example.org", "Ann", null)), parsed.rows());
        assertEquals(List.of(Problem.MISSING_NAME), parsed.issues().stream().map(Issue::problem).toList());
    }

    @Test
    void an_unknown_column_is_reported_once_on_the_header_line_and_ignored() {
        RosterCsv.Parsed parsed = RosterCsv.parse("email,name,phone\na@example.org,A,123\nb@example.org,B,456\n");
        assertEquals(2, parsed.rows().size());
        assertEquals(List.of(new Issue(1, "phone", Problem.UNKNOWN_COLUMN,
                "Unknown column 'phone' is ignored (known: email, name, external_id)")), parsed.issues());
    }

    @Test
    void a_missing_required_column_rejects_the_file_at_the_header() {
        RosterCsv.Parsed parsed = RosterCsv.parse("mail,name\na@example.org,A\n");
        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of("1 UNKNOWN_COLUMN mail", "1 MISSING_COLUMN email"),
                parsed.issues().stream().map(i -> i.line() + " " + i.problem() + " " + i.column()).toList());
        assertEquals(1, parsed.records());
    }

    @Test
    void a_header_row_is_required_and_an_empty_file_says_so() {
        RosterCsv.Parsed headless = RosterCsv.parse("a@example.org,Ann\nb@example.org,Bob\n");
        assertEquals(List.of(new Issue(1, null, Problem.MISSING_COLUMN,
                "The first row must be a header naming the columns email, name and optionally external_id")), headless.issues());
        assertEquals(List.of(), headless.rows());
        assertEquals(List.of(Problem.EMPTY_FILE), RosterCsv.parse("").issues().stream().map(Issue::problem).toList());
        assertEquals(List.of(Problem.EMPTY_FILE), RosterCsv.parse("\n\n").issues().stream().map(Issue::problem).toList());
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_opens() {
        RosterCsv.Parsed parsed = RosterCsv.parse("email,name\na@example.org,A\nb@example.org,\"B\nc@example.org,C\n");
        assertEquals(List.of("a@example.org"), parsed.rows().stream().map(Row::email).toList());
        Issue issue = parsed.issues().get(0);
        assertEquals(3, issue.line());
        assertEquals(Problem.MALFORMED, issue.problem());
        assertNull(issue.column());
    }

    @Test
    void blank_lines_a_byte_order_mark_and_lone_cr_line_ends_are_handled() {
        RosterCsv.Parsed parsed = RosterCsv.parse("\uFEFFemail,name\r\r a@example.org , A \r\r");
        assertEquals(List.of(new Row(3, "a@example.org", "A", null)), parsed.rows());
        assertEquals(1, parsed.records());
    }

    @Test
    void email_rule_accepts_ordinary_addresses_and_refuses_the_rest() {
        for (String ok : List.of("a@b.co", "first.last+tag@sub.example.org", "o'neil@example.ie")) {
            assertTrue(RosterCsv.isEmail(ok), ok);
        }
        for (String bad : List.of("", "a", "a@b", "a@@b.co", "a b@c.de", "a@-b.co", "@b.co", "a@b.co.")) {
            assertTrue(!RosterCsv.isEmail(bad), bad);
        }
    }
}
