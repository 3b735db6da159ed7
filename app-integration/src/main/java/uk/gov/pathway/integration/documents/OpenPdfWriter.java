package uk.gov.pathway.integration.documents;

import static uk.gov.pathway.integration.documents.PdfTables.BOLD;
import static uk.gov.pathway.integration.documents.PdfTables.MM;
import static uk.gov.pathway.integration.documents.PdfTables.REGULAR;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
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
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.pathway.kernel.documents.PdfWriter;
import uk.gov.pathway.kernel.documents.TableDocument;

/**
 * Pathway's PDFs, laid out by OpenPDF on A4 in Liberation Sans (embedded, so that every name prints as written: Zoë,
 * Łucja, Siobhán), with the page number at the foot of every page.
 */
@ApplicationScoped
public class OpenPdfWriter implements PdfWriter {

    /** More columns than this print across a landscape page. */
    private static final int PORTRAIT_COLUMNS = 5;
    private static final float CELL_SIZE = 9;
    private static final float CELL_PADDING = 4;


    @Override
    public byte[] text(String title, String text) {
        Font body = new Font(REGULAR, 11);
        return write(title, PageSize.A4, document -> {
            for (String paragraph : paragraphs(text == null ? "" : text)) {
                Paragraph p = new Paragraph(15, paragraph, body);
                p.setSpacingAfter(9);
                document.add(p);
            }
        });
    }

    @Override
    public byte[] table(TableDocument table) {
        int columns = table.headers().size();
        Rectangle page = columns > PORTRAIT_COLUMNS ? PageSize.A4.rotate() : PageSize.A4;
        Font cell = new Font(REGULAR, CELL_SIZE);
        Font header = new Font(BOLD, CELL_SIZE);
        return write(table.title(), page, document -> {
            document.add(new Paragraph(20, table.title(), new Font(BOLD, 16)));
            for (String line : table.subtitle()) {
                document.add(new Paragraph(14, line, new Font(REGULAR, 10)));
            }
            PdfPTable grid = new PdfPTable(columns);
            grid.setWidthPercentage(100);
            grid.setWidths(widths(table, document.right() - document.left()));
            grid.setSpacingBefore(10);
            grid.setHeaderRows(1);
            PdfTables.fill(grid, table.headers(), table.rows(), header, cell, CELL_PADDING, "Nothing to list.");
            document.add(grid);
        });
    }

    private interface Content {
        void addTo(Document document) throws DocumentException;
    }

    private byte[] write(String title, Rectangle pageSize, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 25 * MM, 25 * MM, 20 * MM, 22 * MM);
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
            writer.setPageEvent(new PageNumbers(new Font(REGULAR, 8)));
            document.addTitle(title);
            document.addCreator("Pathway");
            document.open();
            content.addTo(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF '" + title + "' could not be laid out", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** Paragraphs are separated by blank lines; the lines within one (an address) stay as written. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(current.length() > 0 ? "\n" : "").append(line.stripTrailing());
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * Column widths as a browser lays out a table: every column at least as wide as its longest word, and the width
     * left over shared in proportion to how much more each column's longest text would need to stay on one line.
     */
    static float[] widths(TableDocument table, float available) {
        int columns = table.headers().size();
        float[] least = new float[columns];
        float[] wanted = new float[columns];
        for (int i = 0; i < columns; i++) {
            measure(table.headers().get(i), BOLD, least, wanted, i);
            for (List<String> row : table.rows()) {
                measure(row.get(i), REGULAR, least, wanted, i);
            }
        }
        float leastTotal = 0;
        float wantedTotal = 0;
        for (int i = 0; i < columns; i++) {
            leastTotal += least[i];
            wantedTotal += wanted[i];
        }
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = wantedTotal <= available || wantedTotal == leastTotal ? wanted[i]
                    : least[i] + (available - leastTotal) * (wanted[i] - least[i]) / (wantedTotal - leastTotal);
            widths[i] = Math.max(widths[i], 1);
        }
        return widths;
    }

    private static void measure(String text, BaseFont font, float[] least, float[] wanted, int column) {
        float padding = 2 * CELL_PADDING + 2;
        for (String word : text.split("\\s+")) {
            least[column] = Math.max(least[column], font.getWidthPoint(word, CELL_SIZE) + padding);
        }
        for (String line : text.split("\n")) {
            wanted[column] = Math.max(wanted[column], font.getWidthPoint(line, CELL_SIZE) + padding);
        }
    }

    /** "Page n" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Page " + writer.getPageNumber(), font), page.getWidth() / 2, 12 * MM, 0);
        }
    }
}
