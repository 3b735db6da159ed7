package uk.gov.pathway.registration.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.entity.Gender;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.SchoolPhase;
import uk.gov.pathway.registration.entity.SenStatus;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.registration.entity.Urn;
import uk.gov.pathway.registration.entity.Vulnerabilities;
import uk.gov.pathway.registration.entity.YearGroup;

/**
 * A row of a schools or pupils file (spec/API.md) read into a registration with registration's own rules: the reader
 * hands over the row's line and its cells by column name (stripped, "" when absent), and every field a rule refuses
 * becomes a problem at that line and column.
 */
public final class RegistrationRows {

    private RegistrationRows() {
    }

    /** A school (urn, laestab, name, phase, sla), or null when a field was refused. */
    public static SchoolRegistration school(int line, Function<String, String> cell, List<InputProblem> problems) {
        int before = problems.size();
        Urn urn = read(line, "urn", problems, () -> Urn.of(cell.apply("urn")));
        Laestab laestab = read(line, "laestab", problems, () -> Laestab.of(cell.apply("laestab")));
        String name = read(line, "name", problems, () -> School.checkedName(cell.apply("name")));
        SchoolPhase phase = read(line, "phase", problems, () -> SchoolPhase.parse(cell.apply("phase")));
        Boolean sla = read(line, "sla", problems, () -> bool("sla", cell.apply("sla")));
        return problems.size() == before ? new SchoolRegistration(line, urn, laestab, name, phase, sla) : null;
    }

    /** A pupil with the school they are on roll at and since when, or null when a field was refused. */
    public static PupilRegistration pupil(int line, Function<String, String> cell, List<InputProblem> problems) {
        int before = problems.size();
        UniquePupilNumber upn = read(line, "upn", problems, () -> UniquePupilNumber.of(cell.apply("upn")));
        Laestab school = read(line, "laestab", problems, () -> Laestab.of(cell.apply("laestab")));
        String forename = read(line, "forename", problems, () -> PupilDetails.name("forename", cell.apply("forename")));
        String surname = read(line, "surname", problems, () -> PupilDetails.name("surname", cell.apply("surname")));
        LocalDate born = read(line, "date_of_birth", problems, () -> date("date_of_birth", cell.apply("date_of_birth")));
        YearGroup year = read(line, "year_group", problems, () -> YearGroup.parse(cell.apply("year_group")));
        Gender gender = read(line, "gender", problems, () -> Gender.parse(cell.apply("gender")));
        SenStatus sen = read(line, "sen", problems, () -> SenStatus.parse(cell.apply("sen")));
        Boolean inCare = flag(line, cell, "child_in_care", problems);
        Boolean protection = flag(line, cell, "child_protection_plan", problems);
        Boolean inNeed = flag(line, cell, "child_in_need", problems);
        Boolean carer = flag(line, cell, "young_carer", problems);
        Boolean fsm = flag(line, cell, "fsm", problems);
        Boolean eal = flag(line, cell, "eal", problems);
        LocalDate entry = read(line, "entry_date", problems,
                () -> cell.apply("entry_date").isEmpty() ? null : date("entry_date", cell.apply("entry_date")));
        if (born != null && born.isAfter(LocalDate.now())) {
            problems.add(InputProblem.atLine(line, "date_of_birth", "date_of_birth " + born + " is in the future"));
        }
        if (problems.size() > before) {
            return null;
        }
        PupilDetails details = read(line, "postcode", problems, () -> new PupilDetails(upn, forename, surname,
                born, year, gender, cell.apply("postcode"), sen, new Vulnerabilities(inCare, protection, inNeed, carer, fsm, eal)));
        return details == null ? null : new PupilRegistration(line, details, school, entry);
    }

    private static Boolean flag(int line, Function<String, String> cell, String column, List<InputProblem> problems) {
        return read(line, column, problems, () -> {
            String text = cell.apply(column);
            return !text.isEmpty() && bool(column, text);
        });
    }

    /** A refused value becomes a problem at that line and column, not an exception. */
    private static <T> T read(int line, String column, List<InputProblem> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.atLine(line, column, e.getMessage()));
            return null;
        }
    }

    private static boolean bool(String column, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(column + " must be true or false; got '" + text + "'");
        };
    }

    private static LocalDate date(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " must be a date written YYYY-MM-DD, for example 2025-09-03; got '"
                    + text + "'");
        }
    }
}
