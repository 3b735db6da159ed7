package uk.gov.pathway.legal.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One penalty notice to one parent for one pupil, as the register (2007 Regulations reg 20) keeps it: its service,
 * the sessions it covers, its amounts and windows, its payments, its withdrawal and its prosecution.
 */
@Entity
@Table(name = "penalty_notice")
@NamedQuery(name = PenaltyNotice.OF_PUPIL, query = "select n from PenaltyNotice n where n.pupilId = :pupil order by n.issuedOn, n.id")
@NamedQuery(name = PenaltyNotice.OF_PUPILS, query = "select n from PenaltyNotice n where n.pupilId in :pupils order by n.issuedOn, n.id")
@NamedQuery(name = PenaltyNotice.OF_CARER, query = "select n from PenaltyNotice n where n.carerId = :carer order by n.issuedOn, n.id")
@NamedQuery(name = PenaltyNotice.ISSUED_BETWEEN, query = "select n from PenaltyNotice n where n.issuedOn >= :from and n.issuedOn <= :to order by n.issuedOn, n.id")
@NamedQuery(name = PenaltyNotice.ALL, query = "select n from PenaltyNotice n order by n.issuedOn desc, n.id desc")
public class PenaltyNotice {

    public static final String OF_PUPIL = "PenaltyNotice.ofPupil";
    public static final String OF_PUPILS = "PenaltyNotice.ofPupils";
    public static final String OF_CARER = "PenaltyNotice.ofCarer";
    public static final String ISSUED_BETWEEN = "PenaltyNotice.issuedBetween";
    public static final String ALL = "PenaltyNotice.all";

    /** A session the notice covers, with the code the register held when the notice was issued. */
    @Embeddable
    public static class CoveredSession {
        @Column(name = "carer_id", nullable = false)
        long carerId;
        @Column(name = "pupil_id", nullable = false)
        long pupilId;
        @Column(name = "session_date", nullable = false)
        LocalDate date;
        @Column(name = "session_half", nullable = false, length = 2)
        String half;
        @Column(name = "code", nullable = false, length = 2)
        String code;

        protected CoveredSession() {
        }

        CoveredSession(long carerId, long pupilId, PenaltyNoticeSession session, String code) {
            this.carerId = carerId;
            this.pupilId = pupilId;
            this.date = session.date();
            this.half = session.session();
            this.code = code;
        }

        public PenaltyNoticeSession session() {
            return new PenaltyNoticeSession(date, half);
        }

        public String code() {
            return code;
        }
    }

    /** A payment received towards the notice. */
    @Embeddable
    public static class PaymentRecord {
        @Column(name = "amount", nullable = false, precision = 8, scale = 2)
        BigDecimal amount;
        @Column(name = "paid_on", nullable = false)
        LocalDate paidOn;
        @Column(name = "reference", length = 60)
        String reference;
        @Column(name = "recorded_by", nullable = false, length = 100)
        String recordedBy;
        @Column(name = "recorded_at", nullable = false)
        Instant recordedAt;

        protected PaymentRecord() {
        }

        PaymentRecord(BigDecimal amount, LocalDate paidOn, String reference, String recordedBy, Instant recordedAt) {
            this.amount = amount;
            this.paidOn = paidOn;
            this.reference = reference;
            this.recordedBy = recordedBy;
            this.recordedAt = recordedAt;
        }

        public BigDecimal amount() {
            return amount;
        }

        public LocalDate paidOn() {
            return paidOn;
        }

        public String reference() {
            return reference;
        }

        public String recordedBy() {
            return recordedBy;
        }
    }

    /** Who the notice is to and about, and how it was served, as the officer records it. */
    public record Issue(long pupilId, String upn, String laestab, long carerId, String carerName, LocalDate issuedOn,
                        PenaltyNoticeIssuer issuedBy, PenaltyNoticeService method, LocalDate servedOn,
                        String withoutNoticeToImprove, String recordedBy, Instant recordedAt) {
    }

    @Id
    @SequenceGenerator(name = "penalty_notice_seq", sequenceName = "penalty_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "penalty_notice_seq")
    private Long id;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "upn", nullable = false, length = 13)
    private String upn;

    @Column(name = "laestab", length = 7)
    private String laestab;

    @Column(name = "carer_id", nullable = false)
    private long carerId;

    @Column(name = "carer_name", nullable = false, length = 201)
    private String carerName;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "issued_by", nullable = false, length = 20)
    private PenaltyNoticeIssuer issuedBy;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_method", nullable = false, length = 4)
    private PenaltyNoticeService serviceMethod;

    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "reduced_amount")
    private Integer reducedAmount;

    @Column(name = "reduced_by")
    private LocalDate reducedBy;

    @Column(name = "full_amount", nullable = false)
    private int fullAmount;

    @Column(name = "full_by", nullable = false)
    private LocalDate fullBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_reason", nullable = false, length = 10)
    private PenaltyNoticeReason mainReason;

    @Column(name = "without_notice_to_improve", length = 2000)
    private String withoutNoticeToImprove;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PenaltyNoticeStatus status;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Column(name = "unpaid_on")
    private LocalDate unpaidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_ground", length = 40)
    private PenaltyNoticeWithdrawalGround withdrawalGround;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "refund_due", precision = 8, scale = 2)
    private BigDecimal refundDue;

    @Column(name = "refunded_on")
    private LocalDate refundedOn;

    @Column(name = "prosecuted_on")
    private LocalDate prosecutedOn;

    @Column(name = "acquitted", nullable = false)
    private boolean acquitted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "penalty_notice_session", joinColumns = @JoinColumn(name = "notice_id"))
    private List<CoveredSession> sessions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "penalty_notice_payment", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "seq")
    private List<PaymentRecord> payments = new ArrayList<>();

    @Version
    private long version;

    protected PenaltyNotice() {
    }

    /**
     * A notice as issued: {@code amounts} from its sequence and day of receipt, {@code codes} the register's code of
     * each session, in the same order.
     */
    public PenaltyNotice(Issue issue, PenaltyNoticeAmounts amounts, List<PenaltyNoticeSession> covered,
                         List<String> codes) {
        if (covered.isEmpty() || covered.size() != codes.size()) {
            throw new IllegalArgumentException("A notice covers at least one session, each with its code");
        }
        this.pupilId = issue.pupilId();
        this.upn = issue.upn();
        this.laestab = issue.laestab();
        this.carerId = issue.carerId();
        this.carerName = issue.carerName();
        this.issuedOn = issue.issuedOn();
        this.issuedBy = issue.issuedBy();
        this.serviceMethod = issue.method();
        this.servedOn = issue.servedOn();
        this.withoutNoticeToImprove = issue.withoutNoticeToImprove();
        this.recordedBy = issue.recordedBy();
        this.recordedAt = issue.recordedAt();
        this.sequence = amounts.sequence();
        this.receivedOn = amounts.receivedOn();
        this.reducedAmount = amounts.reducedAmount();
        this.reducedBy = amounts.reducedBy();
        this.fullAmount = amounts.fullAmount();
        this.fullBy = amounts.fullBy();
        for (int i = 0; i < covered.size(); i++) {
            sessions.add(new CoveredSession(carerId, pupilId, covered.get(i), codes.get(i)));
        }
        this.mainReason = PenaltyNoticeReason.of(codes);
        this.status = PenaltyNoticeStatus.ISSUED;
    }

    public PenaltyNoticeAmounts amounts() {
        return new PenaltyNoticeAmounts(sequence, receivedOn, reducedAmount, reducedBy, fullAmount, fullBy);
    }

    /**
     * Records a payment; the notice is settled (PAID_IN_21_DAYS or PAID_IN_28_DAYS) once what is due on a day is paid
     * in full by that day. A withdrawn notice takes no payment; an unpaid one does (a payment made in time may reach
     * the register late, from the council's finance file). Answers whether the notice is settled now.
     */
    public boolean pay(BigDecimal amount, LocalDate paidOn, String reference, String by, Instant at) {
        if (status == PenaltyNoticeStatus.WITHDRAWN || status == PenaltyNoticeStatus.PROSECUTED) {
            throw new IllegalStateException("Penalty notice " + id + " is " + status + ": it takes no payment");
        }
        payments.add(new PaymentRecord(amount, paidOn, reference, by, at));
        if (status.paid()) {
            return true;
        }
        Optional<PenaltyNoticeAmounts.Settlement> settlement = amounts().settlement(payments.stream()
                .map(p -> new PenaltyNoticeAmounts.Payment(p.amount, p.paidOn)).toList());
        settlement.ifPresent(s -> {
            status = s.status();
            settledOn = s.settledOn();
            unpaidOn = null;
        });
        return settlement.isPresent();
    }

    /** The 28 days ended without settlement: UNPAID, if it is still ISSUED. Answers whether it changed. */
    public boolean markUnpaid(LocalDate on) {
        if (status != PenaltyNoticeStatus.ISSUED || !on.isAfter(fullBy)) {
            return false;
        }
        status = PenaltyNoticeStatus.UNPAID;
        unpaidOn = on;
        return true;
    }

    /** Withdrawn on a ground; whatever was paid is due back. NOT_PROSECUTED only once it is UNPAID. */
    public void withdraw(PenaltyNoticeWithdrawalGround ground, String reason, LocalDate on, String by) {
        if (status == PenaltyNoticeStatus.WITHDRAWN) {
            throw new IllegalStateException("Penalty notice " + id + " was already withdrawn on " + withdrawnOn);
        }
        if (status == PenaltyNoticeStatus.PROSECUTED) {
            throw new IllegalStateException("Penalty notice " + id + " was prosecuted: it can no longer be withdrawn");
        }
        if (ground == PenaltyNoticeWithdrawalGround.NOT_PROSECUTED && status != PenaltyNoticeStatus.UNPAID) {
            throw new IllegalStateException("Only an unpaid notice is withdrawn for not being prosecuted; penalty notice "
                    + id + " is " + status);
        }
        status = PenaltyNoticeStatus.WITHDRAWN;
        withdrawalGround = ground;
        withdrawalReason = reason;
        withdrawnOn = on;
        withdrawnBy = by;
        BigDecimal paid = paid();
        refundDue = paid.signum() > 0 ? paid : null;
    }

    /**
     * A prosecution for the original offence of this unpaid notice ended in court on {@code on}: PROSECUTED, and
     * whether the parent was acquitted (then it no longer counts toward the limit). Answers whether it changed; a paid
     * or withdrawn notice is never prosecuted.
     */
    public boolean prosecuted(LocalDate on, boolean acquittal) {
        if (status != PenaltyNoticeStatus.UNPAID && status != PenaltyNoticeStatus.PROSECUTED) {
            return false;
        }
        status = PenaltyNoticeStatus.PROSECUTED;
        prosecutedOn = on;
        acquitted = acquittal;
        return true;
    }

    /** The refund of a withdrawn notice's payments was made. */
    public void refunded(LocalDate on) {
        if (refundDue == null) {
            throw new IllegalStateException("Penalty notice " + id + " has no refund due");
        }
        refundedOn = on;
    }

    public BigDecimal paid() {
        return payments.stream().map(PaymentRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long id() {
        return id;
    }

    public long pupilId() {
        return pupilId;
    }

    public String upn() {
        return upn;
    }

    public String laestab() {
        return laestab;
    }

    public long carerId() {
        return carerId;
    }

    public String carerName() {
        return carerName;
    }

    public int sequence() {
        return sequence;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public PenaltyNoticeIssuer issuedBy() {
        return issuedBy;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public PenaltyNoticeService serviceMethod() {
        return serviceMethod;
    }

    public LocalDate servedOn() {
        return servedOn;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Integer reducedAmount() {
        return reducedAmount;
    }

    public LocalDate reducedBy() {
        return reducedBy;
    }

    public int fullAmount() {
        return fullAmount;
    }

    public LocalDate fullBy() {
        return fullBy;
    }

    public PenaltyNoticeReason mainReason() {
        return mainReason;
    }

    public String withoutNoticeToImprove() {
        return withoutNoticeToImprove;
    }

    public PenaltyNoticeStatus status() {
        return status;
    }

    public LocalDate settledOn() {
        return settledOn;
    }

    public LocalDate unpaidOn() {
        return unpaidOn;
    }

    public PenaltyNoticeWithdrawalGround withdrawalGround() {
        return withdrawalGround;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public BigDecimal refundDue() {
        return refundDue;
    }

    public LocalDate refundedOn() {
        return refundedOn;
    }

    public LocalDate prosecutedOn() {
        return prosecutedOn;
    }

    public boolean acquitted() {
        return acquitted;
    }

    public List<CoveredSession> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public List<PaymentRecord> payments() {
        return Collections.unmodifiableList(payments);
    }

    public long version() {
        return version;
    }

    /** As the limit sees it. */
    public PenaltyNoticeLimit.Prior asPrior() {
        return new PenaltyNoticeLimit.Prior(carerId, pupilId, issuedOn, status, acquitted,
                new java.util.HashSet<>(sessions.stream().map(CoveredSession::session).toList()));
    }
}
