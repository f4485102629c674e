package dev.ascent.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportWriterTest {

    @Test
    void text_that_a_spreadsheet_would_run_gets_an_apostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + formula, ExportWriter.text(formula));
        }
        for (String plain : List.of("Ann", "a=b", " =1", "1-2", "")) {
            assertEquals(plain, ExportWriter.text(plain));
        }
        assertNull(ExportWriter.text(null));
    }

    @Test
    void csv_is_utf8_with_a_byte_order_mark_crlf_and_quoted_where_needed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriter.of(ExportFormat.CSV, out, "Cohort")) {
            writer.row(Arrays.asList("name", "grade"));
            writer.row(Arrays.asList("Zoë \"Z\", Jr.", 66.666666));
            writer.row(Arrays.asList(ExportWriter.text("=HYPERLINK(\"x\")"), null));
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("name,grade\r\n\"Zoë \"\"Z\"\", Jr.\",66.67\r\n\"'=HYPERLINK(\"\"x\"\")\",\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
}
