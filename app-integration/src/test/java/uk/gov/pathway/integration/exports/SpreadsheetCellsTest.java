package uk.gov.pathway.integration.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(SpreadsheetCells.text("=HYPERLINK(\"http://example.test\",\"Smith\")"))
                .isEqualTo("'=HYPERLINK(\"http://example.test\",\"Smith\")");
        assertThat(SpreadsheetCells.text("+1+1")).isEqualTo("'+1+1");
        assertThat(SpreadsheetCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextNamesAndNumbersAreLeftAsTheyAre() {
        assertThat(SpreadsheetCells.text("O'Brien")).isEqualTo("O'Brien");
        assertThat(SpreadsheetCells.text("Smith-Jones")).isEqualTo("Smith-Jones");
        assertThat(SpreadsheetCells.text("K999100131001")).isEqualTo("K999100131001");
        assertThat(SpreadsheetCells.text(93.5)).isEqualTo("93.5");
        assertThat(SpreadsheetCells.text((String) null)).isNull();
        assertThat(SpreadsheetCells.text("")).isEmpty();
    }
}
