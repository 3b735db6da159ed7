package uk.gov.pathway.integration.imports;

import java.util.List;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.registration.boundary.PupilRegistration;
import uk.gov.pathway.registration.boundary.RegistrationRows;

/** Reads the pupils file of spec/API.md into registrations; registration checks every field of every row. */
public final class PupilsCsv {

    public static final List<String> COLUMNS = List.of("upn", "laestab", "forename", "surname", "date_of_birth",
            "year_group", "gender");

    private PupilsCsv() {
    }

    public static CsvRows.Result<PupilRegistration> read(byte[] file) {
        return CsvRows.read(file, COLUMNS, "pupils", (row, problems) -> RegistrationRows.pupil(row.line(), row::get, problems));
    }
}
