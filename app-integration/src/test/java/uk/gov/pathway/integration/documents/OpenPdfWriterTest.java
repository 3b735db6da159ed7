package uk.gov.pathway.integration.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.documents.TableDocument;

class OpenPdfWriterTest {

    private final OpenPdfWriter writer = new OpenPdfWriter();

    @Test
    void aTablePrintsItsTitleSubtitleHeadersAndEveryRowWithTheHeaderOnEveryPage() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.format("2026-09-%02d", i % 30 + 1), "Officer " + i,
                    "Entry number " + i + ": a telephone call with the family about the week's attendance"));
        }
        byte[] pdf = writer.table(new TableDocument("Chronology of Rowan Kestrel",
                List.of("Case SAS-2026-0042", "Printed 23 November 2026"), List.of("When", "Who", "What happened"), rows));

        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.title()).isEqualTo("Chronology of Rowan Kestrel");
        assertThat(read.pages()).isGreaterThan(1);
        assertThat(read.text()).contains("Chronology of Rowan Kestrel", "Case SAS-2026-0042", "Printed 23 November 2026",
                "Entry number 1:", "Entry number 120:", "Page 1", "Page " + read.pages());
        for (int page = 1; page <= read.pages(); page++) {
            assertThat(Pdfs.page(pdf, page)).as("page %d", page).contains("When", "Who", "What happened");
        }
    }

    @Test
    void noColumnIsNarrowerThanItsLongestWordAndLongTextWraps() {
        String summary = "Attendance letter 1 sent by post after a telephone call with the family about the week's"
                + " attendance, which the school confirmed in writing the following morning";
        TableDocument table = new TableDocument("Chronology", List.of(), List.of("When", "Kind", "What happened"),
                List.of(List.of("2026-09-10", "LETTER_SENT", summary)));
        float[] widths = OpenPdfWriter.widths(table, 450);

        String text = Pdfs.read(writer.table(table)).text();
        assertThat(text).contains("2026-09-10", "LETTER_SENT");
        assertThat(widths[2]).isGreaterThan(widths[0]).isGreaterThan(widths[1]);
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(450, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void aTableWithManyColumnsIsPrintedAcrossALandscapePage() {
        byte[] pdf = writer.table(new TableDocument("Figures", List.of(), List.of("A", "B", "C", "D", "E", "F"),
                List.of(List.of("1", "2", "3", "4", "5", "6"))));

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).isGreaterThan(height);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEmptyTableSaysSo() {
        Pdfs.Read read = Pdfs.read(writer.table(new TableDocument("Chronology", List.of(), List.of("When", "What"),
                List.of())));

        assertThat(read.text()).contains("When", "What", "Nothing to list.");
    }

    @Test
    void textKeepsItsLinesAndEveryNamePrintsAsWritten() {
        byte[] pdf = writer.text("Attendance letter 1", "Example County Council\nCounty Hall\n\n"
                + "Dear Zoë Łucja Siobhán Ngô,\n\nFirst paragraph.\n\n\nSecond paragraph.");

        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.title()).isEqualTo("Attendance letter 1");
        assertThat(read.text()).contains("Example County Council\nCounty Hall\n", "Dear Zoë Łucja Siobhán Ngô,",
                "First paragraph.", "Second paragraph.");
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertThat(OpenPdfWriter.paragraphs("a\nb\n\n \nc\r\n\r\nd\n")).containsExactly("a\nb", "c", "d");
    }
}
