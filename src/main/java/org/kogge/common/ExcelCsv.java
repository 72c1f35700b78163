package org.kogge.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files that organizers download to open in Excel (participant and guest lists): UTF-8 with a byte order
 * mark, so that Excel reads umlauts right, and semicolon-separated, as Excel expects in German. The caller prints
 * the header and the rows; cells with text that people typed belong through {@link CsvCells#safe(String)}.
 */
public final class ExcelCsv {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    /** Prints the records of one file. */
    @FunctionalInterface
    public interface Records {

        void printTo(CSVPrinter csv) throws IOException;
    }

    private ExcelCsv() {
    }

    /** The file's bytes, with whatever {@code records} printed. */
    public static byte[] write(Records records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT)) {
            records.printTo(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
