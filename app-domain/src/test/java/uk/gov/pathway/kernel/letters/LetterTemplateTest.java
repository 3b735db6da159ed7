package uk.gov.pathway.kernel.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.problem.InvalidInputException;

class LetterTemplateTest {

    private final Instant now = Instant.parse("2026-11-23T12:00:00Z");
    private final LetterTemplate template = new LetterTemplate("ATTENDANCE_LETTER_1", "Letter", "Dear {{carer.name}}",
            "pathway", now);

    @Test
    void theBrowsersLineEndsBecomeNewlines() {
        template.revise("  Attendance letter 1 ", "Dear {{carer.name}},\r\n\r\nLine two\rLine three", "it-admin", now);

        assertThat(template.name()).isEqualTo("Attendance letter 1");
        assertThat(template.body()).isEqualTo("Dear {{carer.name}},\n\nLine two\nLine three");
        assertThat(template.updatedBy()).isEqualTo("it-admin");
        assertThat(template.updatedAt()).isEqualTo(now);
    }

    @Test
    void aTemplatesCodeIsCapitalLettersDigitsAndUnderscores() {
        assertThatThrownBy(() -> new LetterTemplate("attendance letter", "Letter", "Dear {{carer.name}}", "it-admin", now))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("code"));
    }

    @Test
    void aTemplateNeedsANameAndWords() {
        assertThatThrownBy(() -> template.revise(" ", "Dear {{carer.name}}", "it-admin", now))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> template.revise("Case closure", "\r\n ", "it-admin", now))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("body"));
        assertThatThrownBy(() -> template.revise("Case closure", "x".repeat(20_001), "it-admin", now))
                .hasMessage("The text is longer than 20000 characters");
    }
}
