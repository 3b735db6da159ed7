package uk.gov.pathway.kernel.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/**
 * The last recorded activity of a subject (a case), watched for drift: no activity for a number of school days
 * raises one DRIFT task per episode; the next activity ends the episode.
 */
@Entity
@Table(name = "activity_watch")
@NamedQuery(name = ActivityWatch.OF_SUBJECT, query = "select w from ActivityWatch w where w.subjectType = :type"
        + " and w.subjectId = :id")
@NamedQuery(name = ActivityWatch.WATCHED, query = "select w from ActivityWatch w where w.subjectType = :type"
        + " and w.subjectId in :ids and w.watching = true")
@NamedQuery(name = ActivityWatch.QUIET, query = "select w from ActivityWatch w where w.watching = true"
        + " and w.driftRaisedAt is null and w.lastActivity < :today order by w.lastActivity, w.id")
public class ActivityWatch {

    public static final String OF_SUBJECT = "ActivityWatch.ofSubject";
    public static final String QUIET = "ActivityWatch.quiet";
    public static final String WATCHED = "ActivityWatch.watched";

    @Id
    @SequenceGenerator(name = "activity_watch_seq", sequenceName = "activity_watch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_watch_seq")
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "pupil_id")
    private Long pupilId;

    @Column(name = "last_activity", nullable = false)
    private LocalDate lastActivity;

    @Column(name = "drift_raised_at")
    private Instant driftRaisedAt;

    /** School days without activity before the subject drifts; null: the system default. */
    @Column(name = "drift_school_days")
    private Integer driftSchoolDays;

    @Column(name = "watching", nullable = false)
    private boolean watching;

    @Version
    private long version;

    protected ActivityWatch() {
    }

    ActivityWatch(String subjectType, long subjectId, String owner, Long pupilId, LocalDate day,
                  Integer driftSchoolDays) {
        this.subjectType = subjectType;
        this.driftSchoolDays = driftSchoolDays;
        this.subjectId = subjectId;
        this.lastActivity = day;
        this.watching = true;
        this.owner = owner;
        this.pupilId = pupilId;
    }

    /** Activity on {@code day}: watched again, and any drift episode ends. */
    void touch(String newOwner, Long newPupilId, LocalDate day, Integer newDriftSchoolDays) {
        owner = newOwner;
        driftSchoolDays = newDriftSchoolDays;
        if (newPupilId != null) {
            pupilId = newPupilId;
        }
        if (day.isAfter(lastActivity)) {
            lastActivity = day;
        }
        driftRaisedAt = null;
        watching = true;
    }

    /** Work entered after the fact (a case opened on paper before): its last activity is that day, even if earlier. */
    void lastActivityWas(LocalDate day) {
        lastActivity = day;
    }

    /** How long the subject has been quiet on {@code today}, against its own limit or else {@code fallback}. */
    public Quiet quiet(LocalDate today, SchoolTimeline timeline, int fallback) {
        return Quiet.of(lastActivity, today, timeline, driftSchoolDays(fallback));
    }

    void stop() {
        watching = false;
    }

    void passTo(String newOwner) {
        owner = newOwner;
    }

    public Long id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String owner() {
        return owner;
    }

    public Long pupilId() {
        return pupilId;
    }

    public LocalDate lastActivity() {
        return lastActivity;
    }

    public Instant driftRaisedAt() {
        return driftRaisedAt;
    }

    /** After how many school days without activity this subject drifts: its own limit, else {@code fallback}. */
    public int driftSchoolDays(int fallback) {
        return driftSchoolDays != null ? driftSchoolDays : fallback;
    }

    public boolean watching() {
        return watching;
    }
}
