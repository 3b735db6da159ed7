package uk.gov.pathway.integration.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.letters.LetterRenderer;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** The domain's letter rules with the real template engine and PDF writer. */
class LetterRendererTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final LetterRenderer renderer = new LetterRenderer(new MustacheTemplateEngine(), new OpenPdfWriter());

    @Test
    void aFieldWithoutAValueIsAVisibleGapAndTodayIsTheLettersDate() {
        byte[] pdf = renderer.render("Letter", "{{today}}\n\nDear {{carer.name}},\n\nWe meet on {{meeting.date}}.",
                Map.of("carer.name", "Sam Fenwick", "meeting.date", "  "), TODAY);

        assertThat(Pdfs.read(pdf).text()).contains("23 November 2026", "Dear Sam Fenwick,",
                "We meet on [not recorded].");
    }

    @Test
    void theCallerMayDateTheLetter() {
        byte[] pdf = renderer.render("Letter", "{{today}}", Map.of("today", "24 November 2026"), TODAY);

        assertThat(Pdfs.read(pdf).text()).contains("24 November 2026").doesNotContain("23 November");
    }

    @Test
    void aFieldThatIsNotALetterFieldIsRefusedByName() {
        assertThatThrownBy(() -> renderer.render("Letter", "Dear {{carer.name}}", Map.of("carer.name", "Sam",
                "carer.nickname", "Sammy"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("fields");
                    assertThat(e.getMessage()).startsWith("'carer.nickname' is not a letter field; the fields are today,");
                });
    }

    @Test
    void aValueTooLongToBeAFieldIsRefused() {
        assertThatThrownBy(() -> renderer.render("Letter", "{{carer.address}}", Map.of("carer.address", "x".repeat(1001)),
                TODAY)).hasMessage("The value of carer.address is longer than 1000 characters");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedWithEveryOneAndItsLine() {
        assertThatThrownBy(() -> renderer.check("Dear {{carer.name}},\n\n{{child.nmae}} at {{school}}\n{{teacher.name}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(InputProblem::line).containsExactly(3, 3, 4);
                    assertThat(e.problems().get(0).message()).startsWith("Line 3: {{child.nmae}} is not a placeholder");
                    assertThat(e.problems().get(1).message()).startsWith("Line 3: {{school}} is not a placeholder");
                    assertThat(e.problems().get(2).message()).startsWith("Line 4: {{teacher.name}} is not a placeholder");
                });
    }

    @Test
    void anEmptyTemplateIsRefused() {
        assertThatThrownBy(() -> renderer.check("  \n ")).hasMessage("Write the text of the letter");
    }

    @Test
    void thePreviewFillsEveryFieldWithItsFictionalExample() {
        String text = Pdfs.read(renderer.preview("Preview", "{{child.name}} at {{school.name}}: {{attendance.percent}}%,"
                + " {{today}}", TODAY)).words();

        assertThat(text).contains("Rowan Kestrel at Riverside Primary School: 84.2%, 23 November 2026");
    }
}
