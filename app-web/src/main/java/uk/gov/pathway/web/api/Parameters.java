package uk.gov.pathway.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** The API's path and query parameters, read one way everywhere: a wrong one is refused naming it. */
public final class Parameters {

    private Parameters() {
    }

    /** A date written YYYY-MM-DD, or null when the parameter is absent or blank. */
    public static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a date written YYYY-MM-DD; got '" + text + "'");
        }
    }

    /** true or false (any case); false when absent or blank. */
    public static boolean bool(String name, String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(name, name + " must be true or false; got '" + text + "'");
    }

    /** A pupil named in the path: a malformed UPN names no pupil anybody may see, so 404 like one out of scope. */
    public static UniquePupilNumber upn(String text) {
        try {
            return UniquePupilNumber.of(text);
        } catch (IllegalArgumentException e) {
            throw new NotVisibleException("Pupil " + text);
        }
    }
}
