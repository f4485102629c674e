package dev.ascent.grade;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes export rows as they come: CSV (RFC 4180, CRLF, UTF-8 with a byte order mark so
 * spreadsheets read the accents) or XLSX (streamed by fastexcel: flushed rows leave memory).
 * Text a person typed goes through {@link #text}, so no cell starts a formula.
 */
abstract class ExportWriter implements AutoCloseable {

    static ExportWriter of(ExportFormat format, OutputStream out, String sheetName) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    /**
     * Text neutralised against formula injection: a cell a spreadsheet would read as a formula
     * (starting with =, +, -, @, or a tab or carriage return before one) gets a leading apostrophe.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** @param cells String, Number or null (an empty cell) */
    abstract void row(List<Object> cells) throws IOException;

    abstract void flush() throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Csv extends ExportWriter {
        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        }

        @Override
        void row(List<Object> cells) throws IOException {
            printer.printRecord(cells.stream().map(Csv::cell).toList());
        }

        private static String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Double d) {
                return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            }
            return value.toString();
        }

        @Override
        void flush() throws IOException {
            printer.flush();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static final class Xlsx extends ExportWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int rowIndex;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Ascent", "1.0");
            String safe = sheetName == null ? "Gradebook" : sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
            sheet = workbook.newWorksheet(safe.isEmpty() ? "Gradebook" : safe.length() > 31 ? safe.substring(0, 31) : safe);
        }

        @Override
        void row(List<Object> cells) {
            for (int column = 0; column < cells.size(); column++) {
                Object value = cells.get(column);
                if (value instanceof Number number) {
                    sheet.value(rowIndex, column, number);
                } else if (value != null) {
                    sheet.value(rowIndex, column, value.toString());
                }
            }
            rowIndex++;
        }

        @Override
        void flush() throws IOException {
            sheet.flush();
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
