package uk.gov.pathway.kernel.letters;

/** A letter's PDF with the file name a download should carry, e.g. letter-50-attendance-letter-1.pdf. */
public record LetterPdf(String fileName, byte[] content) {
}
