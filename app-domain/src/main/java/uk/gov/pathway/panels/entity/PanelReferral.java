package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A case referred to a panel: why, the evidence the case held when it was referred (pre-filled from the case), and,
 * when the service manager referred it without what the panel requires, the reason and what was missing.
 */
@Entity
@Table(name = "panel_referral")
@NamedQuery(name = PanelReferral.OF_CASE, query = "SELECT r FROM PanelReferral r WHERE r.caseId = :caseId"
        + " ORDER BY r.referredAt DESC, r.id DESC")
@NamedQuery(name = PanelReferral.WAITING, query = "SELECT r FROM PanelReferral r WHERE r.panelCode = :panel"
        + " AND r.status = uk.gov.pathway.panels.entity.PanelReferral.Status.REFERRED ORDER BY r.referredAt, r.id")
@NamedQuery(name = PanelReferral.ALL, query = "SELECT r FROM PanelReferral r ORDER BY r.referredAt DESC, r.id DESC")
public class PanelReferral {

    public static final String OF_CASE = "PanelReferral.ofCase";
    public static final String WAITING = "PanelReferral.waiting";
    public static final String ALL = "PanelReferral.all";

    /** REFERRED: waiting to be listed; LISTED: on a meeting's agenda; DECIDED: the panel decided. */
    public enum Status { REFERRED, LISTED, DECIDED }

    @Id
    @SequenceGenerator(name = "panel_referral_seq", sequenceName = "panel_referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_referral_seq")
    private Long id;

    @Column(name = "panel_code", nullable = false, length = 30)
    private String panelCode;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "reason", nullable = false, length = 4000)
    private String reason;

    @Column(name = "evidence", length = 8000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "referred_by", nullable = false, length = 100)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Column(name = "missing_evidence", length = 2000)
    private String missingEvidence;

    @Column(name = "returned_from")
    private Long returnedFrom;

    @Version
    private long version;

    protected PanelReferral() {
    }

    public PanelReferral(String panelCode, long caseId, String reason, String evidence, String referredBy,
                         Instant referredAt, String overrideReason, String missingEvidence, Long returnedFrom) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: why the panel should consider the case");
        }
        if (reason.strip().length() > 4000) {
            throw new IllegalArgumentException("reason is longer than 4000 characters");
        }
        this.panelCode = panelCode;
        this.caseId = caseId;
        this.reason = reason.strip();
        this.evidence = evidence == null || evidence.length() <= 8000 ? evidence : evidence.substring(0, 7999) + "…";
        this.status = Status.REFERRED;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
        this.overrideReason = overrideReason;
        this.missingEvidence = missingEvidence;
        this.returnedFrom = returnedFrom;
    }

    public void listed() {
        status = Status.LISTED;
    }

    public void decided() {
        status = Status.DECIDED;
    }

    public Long id() {
        return id;
    }

    public String panelCode() {
        return panelCode;
    }

    public long caseId() {
        return caseId;
    }

    public String reason() {
        return reason;
    }

    public String evidence() {
        return evidence;
    }

    public Status status() {
        return status;
    }

    public String referredBy() {
        return referredBy;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String missingEvidence() {
        return missingEvidence;
    }

    public Long returnedFrom() {
        return returnedFrom;
    }
}
