package org.southsouth.rest.csv;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV of every export: RFC 4180 (CRLF lines; a field quoted when it holds a comma, quote or line break, its
 * quotes doubled), UTF-8 without BOM. A text field a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) is neutralized as OWASP recommends: prefixed with a
 * single quote and quoted. Numbers are written as they are, so a negative figure stays a number.
 */
public final class CsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public void row(Object... fields) throws IOException {
        row(Arrays.asList(fields));
    }

    public void row(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return quoted("'" + text);
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return quoted(text);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
