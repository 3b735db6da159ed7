package uk.gov.pathway.integration.imports;

import java.time.LocalDate;
import java.util.List;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.integration.csv.CsvTable;
import uk.gov.pathway.integration.csv.Fields;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.boundary.PupilRegistration;
import uk.gov.pathway.registration.entity.Gender;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.SenStatus;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.registration.entity.Vulnerabilities;
import uk.gov.pathway.registration.entity.YearGroup;

/** Reads the pupils file of spec/API.md into registrations, checking every field of every row. */
public final class PupilsCsv {

    public static final List<String> COLUMNS = List.of("upn", "laestab", "forename", "surname", "date_of_birth",
            "year_group", "gender");

    private PupilsCsv() {
    }

    public static CsvRows.Result<PupilRegistration> read(byte[] file) {
        return CsvRows.read(file, COLUMNS, "pupils", PupilsCsv::row);
    }

    private static PupilRegistration row(CsvTable.Row row, List<InputProblem> problems) {
        int before = problems.size();
        UniquePupilNumber upn = Fields.read(row, "upn", problems, () -> UniquePupilNumber.of(row.get("upn")));
        Laestab school = Fields.read(row, "laestab", problems, () -> Laestab.of(row.get("laestab")));
        String forename = Fields.read(row, "forename", problems, () -> PupilDetails.name("forename", row.get("forename")));
        String surname = Fields.read(row, "surname", problems, () -> PupilDetails.name("surname", row.get("surname")));
        LocalDate born = Fields.read(row, "date_of_birth", problems, () -> Fields.date("date_of_birth", row.get("date_of_birth")));
        YearGroup year = Fields.read(row, "year_group", problems, () -> YearGroup.parse(row.get("year_group")));
        Gender gender = Fields.read(row, "gender", problems, () -> Gender.parse(row.get("gender")));
        SenStatus sen = Fields.read(row, "sen", problems, () -> SenStatus.parse(row.get("sen")));
        Boolean inCare = flag(row, "child_in_care", problems);
        Boolean protection = flag(row, "child_protection_plan", problems);
        Boolean inNeed = flag(row, "child_in_need", problems);
        Boolean carer = flag(row, "young_carer", problems);
        Boolean fsm = flag(row, "fsm", problems);
        Boolean eal = flag(row, "eal", problems);
        LocalDate entry = Fields.read(row, "entry_date", problems,
                () -> row.isBlank("entry_date") ? null : Fields.date("entry_date", row.get("entry_date")));
        if (born != null && born.isAfter(LocalDate.now())) {
            problems.add(InputProblem.atLine(row.line(), "date_of_birth", "date_of_birth " + born + " is in the future"));
        }
        if (problems.size() > before) {
            return null;
        }
        PupilDetails details = Fields.read(row, "postcode", problems, () -> new PupilDetails(upn, forename, surname,
                born, year, gender, row.get("postcode"), sen, new Vulnerabilities(inCare, protection, inNeed, carer, fsm, eal)));
        return details == null ? null : new PupilRegistration(row.line(), details, school, entry);
    }

    private static Boolean flag(CsvTable.Row row, String column, List<InputProblem> problems) {
        return Fields.read(row, column, problems, () -> Fields.optionalBool(column, row.get(column)));
    }
}
