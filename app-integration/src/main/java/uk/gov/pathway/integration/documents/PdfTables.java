package uk.gov.pathway.integration.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * What Pathway's PDFs (letters and reports, {@link OpenPdfWriter}; evidence bundles, {@link OpenPdfBundleWriter})
 * share: the embedded Liberation fonts, millimetres, and a table's look (a shaded heading row repeated on every page,
 * grey rules, a line saying so when there is nothing to list).
 */
final class PdfTables {

    static final float MM = 72f / 25.4f;
    static final Color HEADER_SHADE = new Color(0xE8, 0xE8, 0xE8);
    static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private PdfTables() {
    }

    /** The heading row (shaded), then the rows; with no row, one cell across the table saying {@code none}. */
    static void fill(PdfPTable grid, List<String> headers, List<List<String>> rows, Font header, Font text,
                     float padding, String none) {
        for (String heading : headers) {
            PdfPCell c = cell(heading, header, padding);
            c.setBackgroundColor(HEADER_SHADE);
            grid.addCell(c);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                grid.addCell(cell(value, text, padding));
            }
        }
        if (rows.isEmpty()) {
            PdfPCell nothing = cell(none, text, padding);
            nothing.setColspan(headers.size());
            grid.addCell(nothing);
        }
    }

    static PdfPCell cell(String text, Font font, float padding) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(padding);
        cell.setBorderColor(Color.GRAY);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the openpdf-fonts-extra jar must be packaged");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read", e);
        }
    }
}
