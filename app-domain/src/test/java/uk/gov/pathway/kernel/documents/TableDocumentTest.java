package uk.gov.pathway.kernel.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDocumentTest {

    @Test
    void everyRowHasOneCellPerColumnAndEmptyCellsPrintAsNothing() {
        TableDocument table = new TableDocument("Chronology", null, List.of("When", "What"),
                List.of(Arrays.asList("2026-11-23", null)));

        assertThat(table.subtitle()).isEmpty();
        assertThat(table.rows()).containsExactly(List.of("2026-11-23", ""));
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedByNumber() {
        assertThatThrownBy(() -> new TableDocument("Chronology", List.of(), List.of("When", "What"),
                List.of(List.of("2026-11-23", "Letter sent"), List.of("2026-11-24"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 2 of 'Chronology' has 1 cells; the table has 2 columns");
    }

    @Test
    void aTableNeedsATitleAndColumns() {
        assertThatThrownBy(() -> new TableDocument(" ", List.of(), List.of("When"), List.of()))
                .hasMessage("A printed table needs a title");
        assertThatThrownBy(() -> new TableDocument("Chronology", List.of(), List.of(), List.of()))
                .hasMessage("The printed table 'Chronology' needs at least one column header");
    }
}
