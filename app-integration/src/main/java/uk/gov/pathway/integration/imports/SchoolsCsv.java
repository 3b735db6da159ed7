package uk.gov.pathway.integration.imports;

import java.util.List;
import uk.gov.pathway.integration.csv.CsvRows;
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

    private SchoolsCsv() {
    }

    public static CsvRows.Result<SchoolRegistration> read(byte[] file) {
        return CsvRows.read(file, COLUMNS, "schools", SchoolsCsv::row);
    }

    private static SchoolRegistration row(CsvTable.Row row, List<InputProblem> problems) {
        int before = problems.size();
        Urn urn = Fields.read(row, "urn", problems, () -> Urn.of(row.get("urn")));
        Laestab laestab = Fields.read(row, "laestab", problems, () -> Laestab.of(row.get("laestab")));
        String name = Fields.read(row, "name", problems, () -> School.checkedName(row.get("name")));
        SchoolPhase phase = Fields.read(row, "phase", problems, () -> SchoolPhase.parse(row.get("phase")));
        Boolean sla = Fields.read(row, "sla", problems, () -> Fields.bool("sla", row.get("sla")));
        return problems.size() == before ? new SchoolRegistration(row.line(), urn, laestab, name, phase, sla) : null;
    }
}
