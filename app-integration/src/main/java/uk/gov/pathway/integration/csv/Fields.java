package uk.gov.pathway.integration.csv;

import java.util.List;
import uk.gov.pathway.kernel.problem.InputProblem;

/** Checks on an import row before its fields are read (the fields themselves are read by the module they belong to). */
public final class Fields {

    private Fields() {
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
