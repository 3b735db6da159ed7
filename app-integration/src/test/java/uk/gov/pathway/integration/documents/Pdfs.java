package uk.gov.pathway.integration.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Opens a PDF with Apache PDFBox, another library than the one that wrote it, and reads what a person would read. */
final class Pdfs {

    record Read(int pages, String title, String text) {
        /** The text with every run of spaces and line breaks as one space, as a sentence reads across lines. */
        String words() {
            return text.replaceAll("\\s+", " ");
        }
    }

    private Pdfs() {
    }

    static Read read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new Read(document.getNumberOfPages(), document.getDocumentInformation().getTitle(),
                    new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (counting from 1). */
    static String page(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
