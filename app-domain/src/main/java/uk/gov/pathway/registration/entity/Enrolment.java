package uk.gov.pathway.registration.entity;

import java.time.LocalDate;
import java.util.Objects;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A pupil on roll at a school from a start date, until they leave (with the reason), possibly dual registered. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "leaving_reason", length = 200)
    private String leavingReason;

    @Column(name = "dual_registration", nullable = false)
    private boolean dualRegistration;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(Pupil pupil, School school, LocalDate startDate, boolean dualRegistration) {
        this.pupil = Objects.requireNonNull(pupil);
        this.school = Objects.requireNonNull(school);
        this.startDate = Objects.requireNonNull(startDate, "start date");
        this.dualRegistration = dualRegistration;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /** The pupil left (or was taken off roll) on this day. */
    public void end(LocalDate lastDay, String reason) {
        if (lastDay.isBefore(startDate)) {
            throw new IllegalArgumentException("A pupil cannot leave (" + lastDay + ") before they joined (" + startDate + ")");
        }
        this.endDate = lastDay;
        this.leavingReason = reason;
    }

    public Long id() {
        return id;
    }

    public Pupil pupil() {
        return pupil;
    }

    public School school() {
        return school;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String leavingReason() {
        return leavingReason;
    }

    public boolean dualRegistration() {
        return dualRegistration;
    }
}
