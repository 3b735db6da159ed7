package uk.gov.pathway.integration.documents;

import static uk.gov.pathway.integration.documents.PdfTables.BOLD;
import static uk.gov.pathway.integration.documents.PdfTables.MM;
import static uk.gov.pathway.integration.documents.PdfTables.REGULAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.pathway.kernel.documents.BundleDocument;
import uk.gov.pathway.kernel.documents.BundleWriter;

/**
 * A bundle of evidence laid out by OpenPDF: the cover and the index first, then each section from a new page, uploaded
 * PDFs after their section's own pages, "Page n of m" at the foot of every page. Laid out twice: the first time to
 * learn the page each section starts on (the index has as many lines either way), the second with those numbers.
 */
@ApplicationScoped
public class OpenPdfBundleWriter implements BundleWriter {


    /** The index's heading, as printed (a reader finds the index by it). */
    public static final String INDEX = "Index";

    @Override
    public byte[] bundle(BundleDocument bundle) {
        int sections = bundle.sections().size();
        int[] placeholder = new int[sections];
        Arrays.fill(placeholder, 999);
        Layout first = write(bundle, placeholder, 999);
        Layout second = write(bundle, first.starts(), first.pages());
        if (!Arrays.equals(first.starts(), second.starts()) || first.pages() != second.pages()) {
            throw new IllegalStateException("The bundle '" + bundle.title() + "' did not lay out the same twice");
        }
        return second.content();
    }

    @Override
    public int checkPdf(byte[] content) {
        if (content == null || content.length < 5
                || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new IllegalArgumentException("The file is not a PDF (a PDF starts with %PDF-)");
        }
        PdfReader reader = null;
        try {
            reader = new PdfReader(content);
            if (reader.isEncrypted()) {
                throw new IllegalArgumentException("The PDF is protected by a password: upload it without one");
            }
            int pages = reader.getNumberOfPages();
            if (pages < 1) {
                throw new IllegalArgumentException("The PDF has no page");
            }
            for (int page = 1; page <= pages; page++) {
                reader.getPageContent(page);
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException illegal && illegal.getMessage() != null
                    && illegal.getMessage().startsWith("The PDF")) {
                throw illegal;
            }
            throw new IllegalArgumentException("The PDF cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): upload it again", e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private record Layout(byte[] content, int[] starts, int pages) {
    }

    private Layout write(BundleDocument bundle, int[] starts, int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 20 * MM, 20 * MM, 20 * MM, 22 * MM);
        int[] found = new int[bundle.sections().size()];
        int pages;
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
            PageFooter footer = new PageFooter(new Font(REGULAR, 8), bundle.title(), totalPages);
            writer.setPageEvent(footer);
            document.addTitle(bundle.title());
            document.addCreator("Pathway");
            document.open();
            document.add(new Paragraph(24, bundle.title(), new Font(BOLD, 18)));
            for (String line : bundle.cover()) {
                document.add(new Paragraph(15, line, new Font(REGULAR, 11)));
            }
            Paragraph indexHeading = new Paragraph(22, INDEX, new Font(BOLD, 14));
            indexHeading.setSpacingBefore(14);
            document.add(indexHeading);
            PdfPTable index = new PdfPTable(new float[]{1.2f, 10f, 1.8f});
            index.setWidthPercentage(100);
            index.setSpacingBefore(6);
            index.setHeaderRows(1);
            Font cell = new Font(REGULAR, 10);
            Font header = new Font(BOLD, 10);
            List<List<String>> entries = new ArrayList<>();
            for (int i = 0; i < bundle.sections().size(); i++) {
                entries.add(List.of(String.valueOf(i + 1), bundle.sections().get(i).heading(),
                        String.valueOf(starts[i])));
            }
            PdfTables.fill(index, List.of("Section", "Contents", "Page"), entries, header, cell, 3, "No section.");
            document.add(index);
            for (int i = 0; i < bundle.sections().size(); i++) {
                BundleDocument.Section section = bundle.sections().get(i);
                document.newPage();
                document.add(new Paragraph(22, (i + 1) + ". " + section.heading(), new Font(BOLD, 14)));
                found[i] = writer.getPageNumber();
                for (BundleDocument.Block block : section.blocks()) {
                    add(document, block);
                }
                for (byte[] pdf : section.attachedPdfs()) {
                    attach(document, writer, pdf);
                }
            }
            pages = writer.getPageNumber();
        } catch (DocumentException e) {
            throw new IllegalStateException("The bundle '" + bundle.title() + "' could not be laid out", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return new Layout(out.toByteArray(), found, pages);
    }

    private static void add(Document document, BundleDocument.Block block) throws DocumentException {
        if (block instanceof BundleDocument.Text text) {
            for (String paragraph : OpenPdfWriter.paragraphs(text.text() == null ? "" : text.text())) {
                Paragraph p = new Paragraph(14, paragraph, new Font(REGULAR, 10));
                p.setSpacingAfter(6);
                document.add(p);
            }
        } else if (block instanceof BundleDocument.Table table) {
            Font cell = new Font(REGULAR, 8.5f);
            Font header = new Font(BOLD, 8.5f);
            PdfPTable grid = new PdfPTable(table.headers().size());
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(4);
            grid.setSpacingAfter(8);
            grid.setHeaderRows(1);
            PdfTables.fill(grid, table.headers(), table.rows(), header, cell, 3, "None recorded.");
            document.add(grid);
        }
    }

    /** Each page of an uploaded PDF on a page of its own, scaled to fit inside the margins. */
    private static void attach(Document document, com.lowagie.text.pdf.PdfWriter writer, byte[] pdf) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                document.newPage();
                PdfImportedPage imported = writer.getImportedPage(reader, page);
                float width = document.right() - document.left();
                float height = document.top() - document.bottom();
                float scale = Math.min(width / imported.getWidth(), height / imported.getHeight());
                PdfContentByte content = writer.getDirectContent();
                content.addTemplate(imported, scale, 0, 0, scale, document.left(),
                        document.bottom() + height - imported.getHeight() * scale);
                // an invisible mark so the page counts as used and the next section starts on a new one
                document.add(new Paragraph(" "));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /** "Page n of m" and the bundle's title at the foot of every page. */
    private static final class PageFooter extends PdfPageEventHelper {
        private final Font font;
        private final String title;
        private final int total;

        PageFooter(Font font, String title, int total) {
            this.font = font;
            this.title = title;
            this.total = total;
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(title + "  ·  Page " + writer.getPageNumber() + " of " + total, font),
                    page.getWidth() / 2, 12 * MM, 0);
        }
    }

    static List<String> sectionHeadings(BundleDocument bundle) {
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < bundle.sections().size(); i++) {
            headings.add((i + 1) + ". " + bundle.sections().get(i).heading());
        }
        return headings;
    }
}
