package uk.gov.pathway.kernel.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.gov.pathway.kernel.documents.PdfWriter;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Turns a template and the values of its fields into a letter as PDF: checks the template, fills in every placeholder
 * (a field without a value shows {@value LetterField#NOT_RECORDED}) and lays the text out on A4.
 */
@Dependent
public class LetterRenderer {

    /** A longer value is not a field of a letter but a mistake (a whole document pasted in). */
    static final int LONGEST_VALUE = 1000;

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TemplateEngine engine;
    private final PdfWriter pdf;

    @Inject
    public LetterRenderer(TemplateEngine engine, PdfWriter pdf) {
        this.engine = engine;
        this.pdf = pdf;
    }

    /** Refuses a body that is empty, unreadable or uses a placeholder that is not a {@link LetterField}, naming each line. */
    public void check(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "Write the text of the letter");
        }
        List<InputProblem> problems = LetterField.unknownIn(engine.placeholders(body));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The letter as PDF.
     *
     * @param title  the document's title (its properties, not printed)
     * @param fields values by {@link LetterField#key()}; an unknown key is refused, a missing or blank one is shown as
     *               {@value LetterField#NOT_RECORDED}
     * @param today  the letter's date, for {{today}} unless the fields give it
     */
    public byte[] render(String title, String body, Map<String, String> fields, LocalDate today) {
        check(body);
        Map<String, String> given = fields == null ? Map.of() : fields;
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> field : given.entrySet()) {
            if (LetterField.byKey(field.getKey()).isEmpty()) {
                problems.add(InputProblem.of("fields", "'" + field.getKey() + "' is not a letter field; the fields are "
                        + LetterField.keys()));
            } else if (field.getValue() != null && field.getValue().length() > LONGEST_VALUE) {
                problems.add(InputProblem.of("fields", "The value of " + field.getKey() + " is longer than "
                        + LONGEST_VALUE + " characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (LetterField field : LetterField.values()) {
            String value = given.get(field.key());
            if (field == LetterField.TODAY && (value == null || value.isBlank())) {
                value = LETTER_DATE.format(today);
            }
            values.put(field.key(), value == null || value.isBlank() ? LetterField.NOT_RECORDED : value.strip());
        }
        return pdf.text(title, engine.fillIn(body, values));
    }

    /** The letter filled with every field's fictional example and dated {@code today}, for the administrator's preview. */
    public byte[] preview(String title, String body, LocalDate today) {
        Map<String, String> examples = new LinkedHashMap<>();
        for (LetterField field : LetterField.values()) {
            if (field != LetterField.TODAY) {
                examples.put(field.key(), field.example());
            }
        }
        return render(title, body, examples, today);
    }
}
