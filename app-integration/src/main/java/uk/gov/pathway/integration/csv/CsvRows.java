package uk.gov.pathway.integration.csv;

import java.util.ArrayList;
import java.util.List;
import uk.gov.pathway.kernel.problem.InputProblem;

/**
 * Reads a whole import file (the schools or pupils file of spec/API.md) into items, one per row, or into every problem
 * found: never half of each. A row parser adds the row's problems and answers its item, or null when it had problems.
 */
public final class CsvRows {

    public interface RowParser<T> {
        T parse(CsvTable.Row row, List<InputProblem> problems);
    }

    /** The items of a valid file, or the problems of an invalid one. */
    public record Result<T>(int rowsRead, List<T> items, List<InputProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private CsvRows() {
    }

    /** {@code noun} names the rows in the message for a file with a header only, e.g. "schools". */
    public static <T> Result<T> read(byte[] file, List<String> requiredColumns, String noun, RowParser<T> parser) {
        CsvTable table;
        try {
            table = CsvTable.read(file, requiredColumns);
        } catch (CsvFileException e) {
            return new Result<>(0, List.of(), e.problems());
        }
        List<T> items = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (Fields.fieldCountMatches(table, row, problems)) {
                int before = problems.size();
                T item = parser.parse(row, problems);
                if (item != null && problems.size() == before) {
                    items.add(item);
                }
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(InputProblem.atLine(2, null, "The file has a header row but no " + noun));
        }
        return new Result<>(table.rows().size(), problems.isEmpty() ? items : List.of(), problems);
    }
}
