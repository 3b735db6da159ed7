package uk.gov.pathway.integration.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.pathway.kernel.audit.AuditSearch;

/**
 * Audit entries as a CSV file (RFC 4180, a header line) a service manager takes away. A cell that a spreadsheet
 * would run as a formula is written as text ({@link SpreadsheetCells}).
 */
public final class AuditCsv {

    public static final List<String> HEADER = List.of("when", "user", "action", "upn", "subject", "detail",
            "from address", "request or operation");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    /** Writes the entries, times in the given zone (the server's clock). */
    public static void write(List<AuditSearch.Entry> entries, ZoneId zone, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (AuditSearch.Entry e : entries) {
                csv.printRecord(WHEN.format(e.at().atZone(zone)), cell(e.username()), e.action(), cell(e.upn()),
                        cell(e.subject()), cell(e.detail()), cell(e.remoteAddress()), cell(e.request()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit CSV could not be written", e);
        }
    }

    static String cell(String value) {
        return SpreadsheetCells.text(value);
    }
}
