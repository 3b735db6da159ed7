package uk.gov.pathway.kernel.letters;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * The words of one kind of letter, with {{placeholders}} for the case's data, kept by the administrator. Pathway ships
 * the presets (schema migration V9); a letter records the version of the template it was made from.
 */
@Entity
@Table(name = "letter_template")
@NamedQuery(name = LetterTemplate.ALL, query = "select t from LetterTemplate t order by t.name")
public class LetterTemplate {

    public static final String ALL = "LetterTemplate.all";
    static final int LONGEST_NAME = 200;
    static final int LONGEST_BODY = 20_000;

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = LONGEST_NAME)
    private String name;

    @Column(name = "body", nullable = false, length = LONGEST_BODY)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LetterTemplate() {
    }

    /** A new kind of letter; {@code code} is how callers name it, e.g. ATTENDANCE_LETTER_1. */
    public LetterTemplate(String code, String name, String body, String by, Instant at) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new InvalidInputException("code", "A template's code is 1 to 40 capital letters, digits and _, e.g."
                    + " ATTENDANCE_LETTER_1; got '" + code + "'");
        }
        this.code = code;
        revise(name, body, by, at);
    }

    /**
     * Takes new words (the caller has checked the placeholders with {@link LetterRenderer#check}). Line ends are kept as
     * newlines whatever the browser sent.
     */
    public void revise(String name, String body, String by, Instant at) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Give the template a name, e.g. Attendance letter 1");
        }
        if (name.strip().length() > LONGEST_NAME) {
            throw new InvalidInputException("name", "The name is longer than " + LONGEST_NAME + " characters");
        }
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InvalidInputException("body", "Write the text of the letter");
        }
        if (text.length() > LONGEST_BODY) {
            throw new InvalidInputException("body", "The text is longer than " + LONGEST_BODY + " characters");
        }
        this.name = name.strip();
        this.body = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String body() {
        return body;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
