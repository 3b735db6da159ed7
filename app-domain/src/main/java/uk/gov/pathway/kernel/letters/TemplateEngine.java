package uk.gov.pathway.kernel.letters;

import java.util.List;
import java.util.Map;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Reads the placeholders of a letter template and fills them in. Implemented at the system's edge with a template
 * engine (app-integration, {@code integration.documents}) and found through CDI.
 */
public interface TemplateEngine {

    /**
     * Every placeholder the body uses, in order, with its line.
     *
     * @throws InvalidInputException when the body is not a template the engine can read (a placeholder left open, a
     *                               section or partial), naming the line
     */
    List<Placeholder> placeholders(String body);

    /** The body with each placeholder replaced by its value, as written (no escaping); keys as in {@link LetterField}. */
    String fillIn(String body, Map<String, String> values);
}
