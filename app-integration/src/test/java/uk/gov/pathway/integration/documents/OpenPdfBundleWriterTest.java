package uk.gov.pathway.integration.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.documents.BundleDocument;
import uk.gov.pathway.kernel.documents.BundleDocument.Section;
import uk.gov.pathway.kernel.documents.BundleDocument.Table;
import uk.gov.pathway.kernel.documents.BundleDocument.Text;

/** The evidence bundle read back with PDFBox: the index names every section and the page each really starts on. */
class OpenPdfBundleWriterTest {

    private final OpenPdfBundleWriter writer = new OpenPdfBundleWriter();

    @Test
    void theIndexNamesEverySectionAndThePageItStartsOn() {
        List<List<String>> register = IntStream.range(0, 180).mapToObj(i -> List.of("2026-0" + (1 + i % 6) + "-1" + (i % 9),
                i % 2 == 0 ? "AM" : "PM", i % 5 == 0 ? "O" : "/", "")).toList();
        byte[] signed = new OpenPdfWriter().text("Certificate", "Certificate of attendance (s566)\n\nSigned: Head Teacher");
        BundleDocument bundle = new BundleDocument("Prosecution file 7: evidence bundle",
                List.of("Section 444(1) Education Act 1996", "Zoë Łucja Siobhán Fictional"), List.of(
                new Section("Certificate of attendance (s566) and the register", List.of(new Text("The register."),
                        new Table(List.of("Date", "Session", "Code", "Changed"), register)), List.of(signed)),
                new Section("Chronology of interventions", List.of(new Table(List.of("When", "What"), List.of()))),
                new Section("Letters", List.of(new Text("Attendance letter 1, sent by post on 2026-01-12."))),
                new Section("Notes of meetings", List.of(new Text("AIM on 2026-01-20."))),
                new Section("Earlier penalty notices", List.of(new Text("None recorded."))),
                new Section("Schedule of unused material", List.of(new Text("None recorded.")))));

        byte[] pdf = writer.bundle(bundle);

        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.title()).isEqualTo("Prosecution file 7: evidence bundle");
        Map<Integer, Integer> index = index(Pdfs.page(pdf, 1), bundle);
        assertThat(index).hasSize(6);
        int previous = 1;
        for (int i = 0; i < bundle.sections().size(); i++) {
            int page = index.get(i + 1);
            assertThat(page).as("section " + (i + 1) + " after the one before").isGreaterThan(previous);
            assertThat(Pdfs.page(pdf, page).replaceAll("\\s+", " "))
                    .as("page " + page).contains((i + 1) + ". " + bundle.sections().get(i).heading());
            previous = page;
        }
        assertThat(index.get(2) - index.get(1)).as("the register runs over pages, then the signed certificate")
                .isGreaterThanOrEqualTo(3);
        assertThat(Pdfs.page(pdf, index.get(2) - 1)).contains("Signed: Head Teacher");
        assertThat(Pdfs.page(pdf, read.pages())).contains("Page " + read.pages() + " of " + read.pages());
        assertThat(read.words()).contains("Zoë Łucja Siobhán Fictional");
    }

    @Test
    void anUploadIsCheckedBeforeItJoins() {
        byte[] good = new OpenPdfWriter().text("Statement", "Witness statement");
        assertThat(writer.checkPdf(good)).isEqualTo(1);
        assertThatThrownBy(() -> writer.checkPdf("hello".getBytes())).hasMessageContaining("not a PDF");
        byte[] truncated = java.util.Arrays.copyOf(good, 40);
        assertThatThrownBy(() -> writer.checkPdf(truncated)).hasMessageContaining("cannot be read");
    }

    /** The index page's rows: section number to page number. */
    private static Map<Integer, Integer> index(String text, BundleDocument bundle) {
        Map<Integer, Integer> pages = new LinkedHashMap<>();
        String flat = text.replaceAll("\\s+", " ");
        for (int i = 0; i < bundle.sections().size(); i++) {
            Matcher m = Pattern.compile("\\b" + (i + 1) + " " + Pattern.quote(bundle.sections().get(i).heading())
                    + " (\\d+)\\b").matcher(flat);
            if (m.find()) {
                pages.put(i + 1, Integer.parseInt(m.group(1)));
            }
        }
        return pages;
    }

}
