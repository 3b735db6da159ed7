package uk.gov.pathway.kernel.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a file sent for import, kept until its job has ended. Shares its id with the job. */
@Entity
@Table(name = "import_file")
public class ImportFile {

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ImportFile() {
    }

    ImportFile(String jobId, byte[] content) {
        this.jobId = jobId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }

    void discard() {
        content = new byte[0];
    }

    public int size() {
        return content.length;
    }
}
