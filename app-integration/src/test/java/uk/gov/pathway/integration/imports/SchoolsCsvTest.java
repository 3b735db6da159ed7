package uk.gov.pathway.integration.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.boundary.SchoolRegistration;
import uk.gov.pathway.registration.entity.SchoolPhase;

class SchoolsCsvTest {

    private static CsvRows.Result<SchoolRegistration> read(String text) {
        return SchoolsCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidFileBecomesOneRegistrationPerRow() {
        CsvRows.Result<SchoolRegistration> result = read("""
                urn,laestab,name,phase,sla
                990001,9991001,Riverside Primary,PRIMARY,true
                990002,9991002,"Hillcrest Academy, Upper School",SECONDARY,false
                """);
        assertThat(result.valid()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.items()).extracting(r -> r.name())
                .containsExactly("Riverside Primary", "Hillcrest Academy, Upper School");
        assertThat(result.items().get(1).phase()).isEqualTo(SchoolPhase.SECONDARY);
        assertThat(result.items().get(1).line()).isEqualTo(3);
    }

    @Test
    void columnsMayComeInAnyOrderAndLetterCaseAfterAByteOrderMark() {
        CsvRows.Result<SchoolRegistration> result = read("\uFEFFSLA,Name,Phase,LAESTAB,URN\r\nfalse,Oak Lane Nursery,nursery,9991009,990009\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.items().get(0).laestab().value()).isEqualTo("9991009");
    }

    @Test
    void oneBadRowAmongGoodOnesRefusesTheWholeFileAndNamesTheRowColumnAndWhatIsWrong() {
        CsvRows.Result<SchoolRegistration> result = read("""
                urn,laestab,name,phase,sla
                990001,9991001,Riverside Primary,PRIMARY,true
                990002,999100X,Hillcrest Academy,SECONDARY,false
                990003,9991003,Meadow Special School,SPECIAL,true
                """);
        assertThat(result.valid()).isFalse();
        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).containsExactly(InputProblem.atLine(3, "laestab",
                "LAESTAB must be 7 digits (3-digit LA number then 4-digit establishment number), for example 9991001;"
                        + " got '999100X'"));
    }

    @Test
    void everyBadFieldOfEveryRowIsReported() {
        CsvRows.Result<SchoolRegistration> result = read("""
                urn,laestab,name,phase,sla
                99001,9991001,,Infant,yes
                990002,9991002,Hillcrest Academy,SECONDARY
                """);
        assertThat(result.problems()).extracting(InputProblem::line, InputProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "urn"), org.assertj.core.groups.Tuple.tuple(2, "name"),
                org.assertj.core.groups.Tuple.tuple(2, "phase"), org.assertj.core.groups.Tuple.tuple(2, "sla"),
                org.assertj.core.groups.Tuple.tuple(3, null));
        assertThat(result.problems().get(3).message()).isEqualTo("sla must be true or false; got 'yes'");
        assertThat(result.problems().get(4).message()).isEqualTo("This line has 4 fields but the header has 5 columns");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        CsvRows.Result<SchoolRegistration> result = read("urn,laestab,name,sla\n990001,9991001,Riverside Primary,true\n");
        assertThat(result.problems()).containsExactly(InputProblem.atLine(1, "phase",
                "The header row has no column 'phase'; the columns are urn, laestab, name, phase, sla"));
    }

    @Test
    void lineNumbersCountBlankLinesAndLineBreaksInsideQuotes() {
        CsvRows.Result<SchoolRegistration> result = read("urn,laestab,name,phase,sla\n\n990001,9991001,\"Riverside\nPrimary\",PRIMARY,true\n"
                + "990002,9991002,Hillcrest,SECONDARY,maybe\n");
        assertThat(result.problems()).extracting(InputProblem::line).containsExactly(5);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "urn,laestab,name,phase,sla\n990001,9991001,Caf\u00e9 School,PRIMARY,true\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        CsvRows.Result<SchoolRegistration> result = SchoolsCsv.read(latin1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("The file is not UTF-8 text");
        });
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThat(read("").problems().get(0).message()).startsWith("The file is empty");
        assertThat(read("urn,laestab,name,phase,sla\n").problems().get(0).message())
                .isEqualTo("The file has a header row but no schools");
    }

    @Test
    void anUnterminatedQuoteIsReportedAsInvalidCsv() {
        CsvRows.Result<SchoolRegistration> result = read("urn,laestab,name,phase,sla\n990001,9991001,\"Riverside,PRIMARY,true\n");
        assertThat(result.problems().get(0).message()).startsWith("The file is not valid CSV");
    }
}
