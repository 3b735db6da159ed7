package uk.gov.pathway.kernel.time;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that keeps a test server's clock offset, so that a moved clock stays moved across a restart. */
@Entity
@Table(name = "clock_offset")
public class ClockOffset {

    static final int THE_ROW = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "offset_millis", nullable = false)
    private long offsetMillis;

    @Column(name = "moved_by", nullable = false, length = 100)
    private String movedBy;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected ClockOffset() {
    }

    ClockOffset(long offsetMillis, String movedBy, Instant movedAt) {
        this.id = THE_ROW;
        move(offsetMillis, movedBy, movedAt);
    }

    final void move(long newOffsetMillis, String by, Instant at) {
        this.offsetMillis = newOffsetMillis;
        this.movedBy = by;
        this.movedAt = at;
    }

    public long offsetMillis() {
        return offsetMillis;
    }
}
