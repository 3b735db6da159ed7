package uk.gov.pathway.kernel.documents;

/**
 * Writes PDF documents. The domain says what a document holds; the PDF library that lays it out lives at the system's
 * edge (app-integration, {@code integration.documents}) and is found through CDI.
 */
public interface PdfWriter {

    /**
     * Plain text on A4 pages, e.g. a letter: each line as written, a blank line between paragraphs.
     *
     * @param title the document's title in its properties (what a PDF reader shows in its title bar); not printed
     * @param text  the words to print
     */
    byte[] text(String title, String text);

    /** A titled table, e.g. a chronology print-out: title, subtitle lines, then the rows under a header repeated on every page. */
    byte[] table(TableDocument table);
}
