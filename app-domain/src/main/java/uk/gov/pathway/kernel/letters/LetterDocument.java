package uk.gov.pathway.kernel.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The PDF of a letter, in a table of its own so that listing letters never reads it: it is read only when someone
 * downloads the letter. (Not a lazy attribute of {@link Letter}: EclipseLink re-reads the row for one and drops
 * changes not yet flushed.) Never changed once written.
 */
@Entity
@Table(name = "letter_document")
public class LetterDocument {

    @Id
    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected LetterDocument() {
    }

    public LetterDocument(long letterId, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Letter " + letterId + " has no PDF");
        }
        this.letterId = letterId;
        this.content = content.clone();
    }

    public long letterId() {
        return letterId;
    }

    public byte[] content() {
        return content.clone();
    }
}
