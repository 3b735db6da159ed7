package uk.gov.pathway.kernel.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a deadline or a task is about: another module's subject (a case, a referral) by type and id, and the child it
 * concerns, if any. One embeddable for both, so that the two never describe a subject differently.
 */
@Embeddable
public class Subject {

    @Column(name = "subject_type", nullable = false, length = 40)
    private String type;

    @Column(name = "subject_id", nullable = false)
    private long id;

    @Column(name = "pupil_id")
    private Long pupilId;

    protected Subject() {
    }

    public Subject(String type, long id, Long pupilId) {
        this.type = type;
        this.id = id;
        this.pupilId = pupilId;
    }

    public String type() {
        return type;
    }

    public long id() {
        return id;
    }

    public Long pupilId() {
        return pupilId;
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
