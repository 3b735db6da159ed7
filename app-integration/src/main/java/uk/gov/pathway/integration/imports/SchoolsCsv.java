package uk.gov.pathway.integration.imports;

import java.util.List;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.registration.boundary.RegistrationRows;
import uk.gov.pathway.registration.boundary.SchoolRegistration;

/** Reads the schools file of spec/API.md (urn, laestab, name, phase, sla); registration checks every field. */
public final class SchoolsCsv {

    public static final List<String> COLUMNS = List.of("urn", "laestab", "name", "phase", "sla");

    private SchoolsCsv() {
    }

    public static CsvRows.Result<SchoolRegistration> read(byte[] file) {
        return CsvRows.read(file, COLUMNS, "schools", (row, problems) -> RegistrationRows.school(row.line(), row::get, problems));
    }
}
