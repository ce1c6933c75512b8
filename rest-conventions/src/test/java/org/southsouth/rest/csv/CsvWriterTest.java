package org.southsouth.rest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsGoAsTheyAreOnCrlfLinesInUtf8() throws IOException {
        assertEquals(
                "id,北京志愿服务联合会,,true,2016-01-01\r\n",
                written(List.of(Arrays.asList("id", "北京志愿服务联合会", null, true, "2016-01-01"))));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() throws IOException {
        assertEquals(
                "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
                written(List.of(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere"))));
    }

    @Test
    void aFieldAspreadsheetWouldRunAsAFormulaIsPrefixedWithAQuoteAndQuoted() throws IOException {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\"\r\n",
                written(List.of(List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"))));
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() throws IOException {
        assertEquals("-3,1000000,83\r\n", written(List.of(List.of(-3, new BigDecimal("1E+6"), 83L))));
    }

    @Test
    void aFormulaCharacterInsideAFieldIsLeftAlone() throws IOException {
        assertEquals("a=b,x-y,mail@example.org\r\n", written(List.of(List.of("a=b", "x-y", "mail@example.org"))));
    }

    private static String written(List<List<?>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes);
        for (List<?> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
