package uk.gov.pathway.integration.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.pathway.integration.csv.CsvFileException;
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

    public record Result(int rowsRead, List<PupilRegistration> registrations, List<InputProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private PupilsCsv() {
    }

    public static Result read(byte[] file) {
        CsvTable table;
        try {
            table = CsvTable.read(file, COLUMNS);
        } catch (CsvFileException e) {
            return new Result(0, List.of(), e.problems());
        }
        List<PupilRegistration> registrations = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            if (!Fields.fieldCountMatches(table, row, problems)) {
                continue;
            }
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
            if (problems.size() == before) {
                PupilDetails details = Fields.read(row, "postcode", problems, () -> new PupilDetails(upn, forename, surname,
                        born, year, gender, row.get("postcode"), sen,
                        new Vulnerabilities(inCare, protection, inNeed, carer, fsm, eal)));
                if (details != null) {
                    registrations.add(new PupilRegistration(row.line(), details, school, entry));
                }
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(InputProblem.atLine(2, null, "The file has a header row but no pupils"));
        }
        return new Result(table.rows().size(), problems.isEmpty() ? registrations : List.of(), problems);
    }

    private static Boolean flag(CsvTable.Row row, String column, List<InputProblem> problems) {
        return Fields.read(row, column, problems, () -> Fields.optionalBool(column, row.get(column)));
    }
}
