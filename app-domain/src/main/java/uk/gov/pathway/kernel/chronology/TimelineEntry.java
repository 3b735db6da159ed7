package uk.gov.pathway.kernel.chronology;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A {@link ChronologyEntry} as kept: one line of a child's timeline. What happened stays as it was announced. */
@Entity
@Table(name = "chronology_entry")
public class TimelineEntry {

    static final int MODULE = 40;
    static final int KIND = 40;
    static final int SUMMARY = 1000;
    static final int ACTOR = 100;

    @Id
    @SequenceGenerator(name = "chronology_entry_seq", sequenceName = "chronology_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chronology_entry_seq")
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "pupil_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "module", nullable = false, updatable = false, length = MODULE)
    private String module;

    @Column(name = "kind", nullable = false, updatable = false, length = KIND)
    private String kind;

    @Column(name = "summary", nullable = false, updatable = false, length = SUMMARY)
    private String summary;

    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected TimelineEntry() {
    }

    public TimelineEntry(ChronologyEntry entry, Instant recordedAt) {
        this.at = entry.at();
        this.pupilId = entry.pupilId();
        this.caseId = entry.caseId();
        this.module = fit(entry.module(), MODULE);
        this.kind = fit(entry.kind(), KIND);
        this.summary = fit(entry.summary(), SUMMARY);
        this.actor = fit(entry.actor(), ACTOR);
        this.recordedAt = recordedAt;
    }

    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public long pupilId() {
        return pupilId;
    }

    public Long caseId() {
        return caseId;
    }

    public String module() {
        return module;
    }

    public String kind() {
        return kind;
    }

    public String summary() {
        return summary;
    }

    public String actor() {
        return actor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
