package uk.gov.pathway.integration.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import uk.gov.pathway.kernel.problem.InputProblem;

/** Reading one field of an import row: a refused value becomes a problem at that line and column, not an exception. */
public final class Fields {

    private Fields() {
    }

    public static <T> T read(CsvTable.Row row, String column, List<InputProblem> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.atLine(row.line(), column, e.getMessage()));
            return null;
        }
    }

    public static boolean bool(String column, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(column + " must be true or false; got '" + text + "'");
        };
    }

    /** An optional flag: empty means false. */
    public static boolean optionalBool(String column, String text) {
        return !text.isEmpty() && bool(column, text);
    }

    public static LocalDate date(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " must be a date written YYYY-MM-DD, for example 2025-09-03; got '"
                    + text + "'");
        }
    }

    /** A row whose field count differs from the header's is refused whole, before its fields are read. */
    public static boolean fieldCountMatches(CsvTable table, CsvTable.Row row, List<InputProblem> problems) {
        if (row.fieldCount() == table.columns().size()) {
            return true;
        }
        problems.add(InputProblem.atLine(row.line(), null, "This line has " + row.fieldCount()
                + " fields but the header has " + table.columns().size() + " columns"));
        return false;
    }
}
