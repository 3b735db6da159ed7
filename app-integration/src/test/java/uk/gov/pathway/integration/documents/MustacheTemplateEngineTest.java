package uk.gov.pathway.integration.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.letters.Placeholder;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;

class MustacheTemplateEngineTest {

    private final MustacheTemplateEngine engine = new MustacheTemplateEngine();

    @Test
    void everyPlaceholderIsFoundWithItsLine() {
        assertThat(engine.placeholders("Dear {{carer.name}},\n\n{{ child.name }} at {{school.name}}\n{{! a note }}{{{today}}}"))
                .containsExactly(new Placeholder("carer.name", 1), new Placeholder("child.name", 3),
                        new Placeholder("school.name", 3), new Placeholder("today", 4));
    }

    @Test
    void valuesAreFilledInAsWrittenWithNothingEscaped() {
        String letter = engine.fillIn("Dear {{carer.name}},\n{{carer.address}}\n{{child.name}} & {{today}}",
                Map.of("carer.name", "Sam O'Brien & Kai <Kestrel>", "carer.address", "12 Sample Road\nExampletown",
                        "child.name", "Zoë", "today", "23 November 2026"));

        assertThat(letter).isEqualTo("Dear Sam O'Brien & Kai <Kestrel>,\n12 Sample Road\nExampletown\nZoë & 23 November 2026");
    }

    @Test
    void aPlaceholderLeftOpenIsRefusedAtItsLine() {
        assertRefused("Dear {{carer.name}},\n\n{{child.name} at school\nYours", 3,
                "Line 3: a placeholder must be closed with }} on the same line");
        assertRefused("Dear {{carer.name}},\n{{child.name", 2, "Line 2: ");
    }

    @Test
    void sectionsPartialsAndOtherDelimitersAreRefusedAtTheirLine() {
        assertRefused("Dear {{carer.name}},\n{{#meeting.date}}We meet on {{meeting.date}}{{/meeting.date}}", 2,
                "Line 2: {{#meeting.date}} starts a section; letters use plain placeholders only");
        assertRefused("One\nTwo\n{{^meeting.date}}x{{/meeting.date}}", 3, "Line 3: {{^meeting.date}} starts a section");
        assertRefused("One\n{{> footer}}", 2, "Line 2: {{>footer}} includes another template");
        assertRefused("One\n{{#child.name}}\nnever closed", 2, "Line 2: Failed to close 'child.name' tag");
        assertRefused("One\nTwo {{/child.name}}", 2, "Line 2: Mismatched start/end tags");
        assertThatThrownBy(() -> engine.placeholders("{{=<% %>=}}<% child.name %>"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("delimiters");
    }

    private void assertRefused(String body, int line, String message) {
        assertThatThrownBy(() -> engine.placeholders(body)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.field()).isEqualTo("body");
            assertThat(problem.message()).startsWith(message);
        });
    }
}
