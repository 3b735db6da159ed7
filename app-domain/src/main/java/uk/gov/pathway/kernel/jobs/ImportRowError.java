package uk.gov.pathway.kernel.jobs;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One invalid row of an import file: its line, the column at fault, and what the school should do. */
@Embeddable
public class ImportRowError implements Serializable {

    @Column(name = "line_number")
    private int line;

    @Column(name = "column_name", length = 100)
    private String column;

    @Column(name = "message", nullable = false, length = 1000)
    private String message;

    protected ImportRowError() {
    }

    public ImportRowError(int line, String column, String message) {
        this.line = line;
        this.column = column;
        this.message = message.length() > 1000 ? message.substring(0, 997) + "..." : message;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String message() {
        return message;
    }
}
