package uk.gov.pathway.integration.imports;

import java.util.ArrayList;
import java.util.List;
import uk.gov.pathway.integration.csv.CsvFileException;
import uk.gov.pathway.integration.csv.CsvTable;
import uk.gov.pathway.integration.csv.Fields;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.boundary.SchoolRegistration;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.SchoolPhase;
import uk.gov.pathway.registration.entity.Urn;

/** Reads the schools file of spec/API.md (urn, laestab, name, phase, sla) into registrations, checking every field. */
public final class SchoolsCsv {

    public static final List<String> COLUMNS = List.of("urn", "laestab", "name", "phase", "sla");

    /** The rows as registrations, or every problem found; never half of each. */
    public record Result(int rowsRead, List<SchoolRegistration> registrations, List<InputProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private SchoolsCsv() {
    }

    public static Result read(byte[] file) {
        CsvTable table;
        try {
            table = CsvTable.read(file, COLUMNS);
        } catch (CsvFileException e) {
            return new Result(0, List.of(), e.problems());
        }
        List<SchoolRegistration> registrations = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            if (!Fields.fieldCountMatches(table, row, problems)) {
                continue;
            }
            Urn urn = Fields.read(row, "urn", problems, () -> Urn.of(row.get("urn")));
            Laestab laestab = Fields.read(row, "laestab", problems, () -> Laestab.of(row.get("laestab")));
            String name = Fields.read(row, "name", problems, () -> School.checkedName(row.get("name")));
            SchoolPhase phase = Fields.read(row, "phase", problems, () -> SchoolPhase.parse(row.get("phase")));
            Boolean sla = Fields.read(row, "sla", problems, () -> Fields.bool("sla", row.get("sla")));
            if (problems.size() == before) {
                registrations.add(new SchoolRegistration(row.line(), urn, laestab, name, phase, sla));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(InputProblem.atLine(2, null, "The file has a header row but no schools"));
        }
        return new Result(table.rows().size(), problems.isEmpty() ? registrations : List.of(), problems);
    }
}
