package uk.gov.pathway.kernel.documents;

/**
 * Lays out a bundle of evidence as one paginated PDF with an index (the PDF library lives at the system's edge,
 * app-integration, and is found through CDI), and checks a PDF that someone uploads before it joins a bundle.
 */
public interface BundleWriter {

    /** The bundle: cover and index on the first pages, then each section from a new page, "Page n of m" on each. */
    byte[] bundle(BundleDocument bundle);

    /**
     * Whether {@code content} is a PDF that can be read and printed into a bundle: answers its number of pages, or
     * throws IllegalArgumentException saying what is wrong with it.
     */
    int checkPdf(byte[] content);
}
