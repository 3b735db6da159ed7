package uk.gov.pathway.legal.prosecution.entity;

import java.time.Instant;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A versioned document of a prosecution file: a signed PDF uploaded (checked first: type, size, readable) or the
 * evidence bundle as referred. A new upload of the same kind and title is the next version; none is ever changed.
 */
@Entity
@Table(name = "legal_file_document")
@NamedQuery(name = FileDocument.OF_FILE, query = "select d.id, d.kind, d.title, d.versionNo, d.pages, d.sizeBytes, d.uploadedBy, d.uploadedAt"
        + " from FileDocument d"
        + " where d.fileId = :fileId order by d.kind, d.title, d.versionNo")
@NamedQuery(name = FileDocument.LATEST, query = "select max(d.versionNo) from FileDocument d where d.fileId = :fileId"
        + " and d.kind = :kind and d.title = :title")
public class FileDocument {

    public static final String OF_FILE = "FileDocument.ofFile";
    public static final String LATEST = "FileDocument.latest";

    /** A document as listed, without its content (a row of {@link #OF_FILE}). */
    public record Listed(Long id, String kind, String title, Integer versionNo, Integer pages, Long sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
        public static Listed of(Object[] row) {
            return new Listed(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).longValue(),
                    (String) row[6], (Instant) row[7]);
        }
    }

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "pages", nullable = false)
    private int pages;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected FileDocument() {
    }

    public FileDocument(long fileId, String kind, String title, int versionNo, int pages, byte[] content,
                        String uploadedBy, Instant uploadedAt) {
        this.fileId = fileId;
        this.kind = kind;
        this.title = title;
        this.versionNo = versionNo;
        this.pages = pages;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() { return id; }
    public long fileId() { return fileId; }
    public String kind() { return kind; }
    public String title() { return title; }
    public int versionNo() { return versionNo; }
    public int pages() { return pages; }
    public long sizeBytes() { return sizeBytes; }
    public byte[] content() { return content.clone(); }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
