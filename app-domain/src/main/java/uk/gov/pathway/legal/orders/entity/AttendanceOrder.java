package uk.gov.pathway.legal.orders.entity;

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

/**
 * A School Attendance Order procedure for a child (Education Act 1996 s437-s443): the s437(1) notice, the s438 notice
 * naming the school the council intends to name, the order naming a school (which must admit), then compliance,
 * revocation or the s443 offence. Its periods are the procedure's in force on the day it began ({@link SaoProcedure}).
 */
@Entity
@Table(name = "legal_attendance_order")
@NamedQuery(name = AttendanceOrder.OF_PUPIL, query = "select o from AttendanceOrder o where o.pupilId = :pupil order by o.beganOn, o.id")
@NamedQuery(name = AttendanceOrder.OF_CASE, query = "select o from AttendanceOrder o where o.caseId = :caseId order by o.beganOn, o.id")
public class AttendanceOrder {

    public static final String OF_PUPIL = "AttendanceOrder.ofPupil";
    public static final String OF_CASE = "AttendanceOrder.ofCase";

    /** The steps, in order; the last four end the procedure. */
    public enum Step { S437_NOTICE, S438_NOTICE, ORDER, SATISFIED, REVOKED, ENDED_BY_ESO, S443_OFFENCE;
        public boolean running() {
            return this == S437_NOTICE || this == S438_NOTICE || this == ORDER;
        }
    }

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Column(name = "began_on", nullable = false)
    private LocalDate beganOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private Step step;

    @Column(name = "s437_served_on", nullable = false)
    private LocalDate s437ServedOn;

    @Column(name = "s437_period_ends", nullable = false)
    private LocalDate s437PeriodEnds;

    @Column(name = "s438_served_on")
    private LocalDate s438ServedOn;

    @Column(name = "s438_period_ends")
    private LocalDate s438PeriodEnds;

    @Column(name = "named_laestab", length = 7)
    private String namedLaestab;

    @Column(name = "order_made_on")
    private LocalDate orderMadeOn;

    @Column(name = "order_laestab", length = 7)
    private String orderLaestab;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AttendanceOrder() {
    }

    public AttendanceOrder(long caseId, long pupilId, SaoProcedure procedure, LocalDate s437ServedOn, String createdBy,
                           Instant createdAt) {
        this.caseId = caseId;
        this.pupilId = pupilId;
        this.procedureCode = procedure.code();
        this.beganOn = s437ServedOn;
        this.step = Step.S437_NOTICE;
        this.s437ServedOn = s437ServedOn;
        this.s437PeriodEnds = procedure.s437PeriodEnds(s437ServedOn);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The s438 notice, served after the s437 period ended without the parent satisfying the council. */
    public void s438(SaoProcedure procedure, LocalDate servedOn, String namedLaestab) {
        requireStep(Step.S437_NOTICE);
        if (!servedOn.isAfter(s437PeriodEnds)) {
            throw new IllegalArgumentException("The s437 notice's period runs to " + s437PeriodEnds
                    + ": the s438 notice is served after it");
        }
        this.step = Step.S438_NOTICE;
        this.s438ServedOn = servedOn;
        this.s438PeriodEnds = procedure.s438PeriodEnds(servedOn);
        this.namedLaestab = namedLaestab;
    }

    /** The order naming a school: the one in the s438 notice, or the one the parent chose in time. */
    public void order(LocalDate madeOn, String laestab) {
        requireStep(Step.S438_NOTICE);
        if (!madeOn.isAfter(s438PeriodEnds)) {
            throw new IllegalArgumentException("The s438 notice's period runs to " + s438PeriodEnds
                    + ": the order is made after it");
        }
        this.step = Step.ORDER;
        this.orderMadeOn = madeOn;
        this.orderLaestab = laestab;
    }

    public void end(Step how, LocalDate on, String reason) {
        if (!step.running()) {
            throw new IllegalArgumentException("The procedure already ended (" + step + ")");
        }
        if (how == Step.S443_OFFENCE) {
            requireStep(Step.ORDER);
        }
        if (how == Step.SATISFIED && step != Step.S437_NOTICE && step != Step.S438_NOTICE) {
            throw new IllegalArgumentException("Once an order is made it is revoked, not satisfied");
        }
        this.step = how;
        this.endedOn = on;
        this.endReason = reason;
    }

    private void requireStep(Step wanted) {
        if (step != wanted) {
            throw new IllegalArgumentException("The procedure is at " + step + ", not " + wanted);
        }
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long pupilId() { return pupilId; }
    public String procedureCode() { return procedureCode; }
    public LocalDate beganOn() { return beganOn; }
    public Step step() { return step; }
    public LocalDate s437ServedOn() { return s437ServedOn; }
    public LocalDate s437PeriodEnds() { return s437PeriodEnds; }
    public LocalDate s438ServedOn() { return s438ServedOn; }
    public LocalDate s438PeriodEnds() { return s438PeriodEnds; }
    public String namedLaestab() { return namedLaestab; }
    public LocalDate orderMadeOn() { return orderMadeOn; }
    public String orderLaestab() { return orderLaestab; }
    public LocalDate endedOn() { return endedOn; }
    public String endReason() { return endReason; }
    public long version() { return version; }
}
