package uk.gov.pathway.kernel.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.problem.InputProblem;

class LetterFieldTest {

    @Test
    void aPlaceholderThatIsNotAFieldIsNamedWithItsLine() {
        List<InputProblem> problems = LetterField.unknownIn(List.of(new Placeholder("child.name", 1),
                new Placeholder("child.nmae", 4), new Placeholder("school.name", 4), new Placeholder("teacher", 9)));

        assertThat(problems).extracting(InputProblem::line).containsExactly(4, 9);
        assertThat(problems).extracting(InputProblem::field).containsOnly("body");
        assertThat(problems.get(0).message()).startsWith("Line 4: {{child.nmae}} is not a placeholder");
        assertThat(problems.get(1).message()).startsWith("Line 9: {{teacher}} is not a placeholder");
    }

    @Test
    void everyFieldTheTemplatesAreWrittenWithIsKnown() {
        assertThat(LetterField.unknownIn(Arrays.stream(new String[]{"council.name", "carer.name", "carer.address",
                "child.name", "child.dateOfBirth", "school.name", "attendance.percent", "attendance.from",
                "attendance.to", "case.reference", "officer.name", "meeting.date", "meeting.time", "meeting.place",
                "today"}).map(key -> new Placeholder(key, 1)).toList())).isEmpty();
    }

    @Test
    void keysAreUniqueAndEveryFieldHasADescriptionAndAnExample() {
        assertThat(Arrays.stream(LetterField.values()).map(LetterField::key).distinct().count())
                .isEqualTo(LetterField.values().length);
        for (LetterField field : LetterField.values()) {
            assertThat(field.description()).isNotBlank();
            assertThat(field.example()).isNotBlank();
            assertThat(field.placeholder()).isEqualTo("{{" + field.key() + "}}");
        }
    }
}
