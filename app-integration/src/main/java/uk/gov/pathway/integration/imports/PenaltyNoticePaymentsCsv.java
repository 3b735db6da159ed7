package uk.gov.pathway.integration.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.legal.boundary.PenaltyNotices;

/**
 * Reads the council finance system's payments file: {@code reference} (the notice's, e.g. PN-1050), {@code amount}
 * (pounds, e.g. 80 or 80.00) and {@code paid_on} (YYYY-MM-DD). A file with any invalid row is refused whole, each row
 * named by line.
 */
public final class PenaltyNoticePaymentsCsv {

    public static final List<String> COLUMNS = List.of("reference", "amount", "paid_on");

    private PenaltyNoticePaymentsCsv() {
    }

    public static CsvRows.Result<PenaltyNotices.ImportedPayment> read(byte[] file) {
        return CsvRows.read(file, COLUMNS, "payments", (row, problems) -> {
            String reference = row.get("reference") == null ? "" : row.get("reference").strip();
            if (reference.isEmpty()) {
                problems.add(InputProblem.atLine(row.line(), "reference", "reference is required (the notice's, e.g. PN-1050)"));
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(row.get("amount") == null ? "" : row.get("amount").strip().replace("£", ""));
                if (amount.signum() <= 0 || amount.scale() > 2) {
                    problems.add(InputProblem.atLine(row.line(), "amount", "amount must be above 0 in pounds and pence;"
                            + " got '" + row.get("amount") + "'"));
                }
            } catch (NumberFormatException e) {
                problems.add(InputProblem.atLine(row.line(), "amount", "amount must be a number of pounds, e.g. 80.00;"
                        + " got '" + row.get("amount") + "'"));
            }
            LocalDate paidOn = null;
            try {
                paidOn = LocalDate.parse(row.get("paid_on") == null ? "" : row.get("paid_on").strip());
            } catch (DateTimeParseException e) {
                problems.add(InputProblem.atLine(row.line(), "paid_on", "paid_on must be a date written YYYY-MM-DD;"
                        + " got '" + row.get("paid_on") + "'"));
            }
            return reference.isEmpty() || amount == null || paidOn == null ? null
                    : new PenaltyNotices.ImportedPayment(row.line(), reference, amount, paidOn);
        });
    }
}
