package uk.gov.pathway.legal.prosecution.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the prosecution files' boundary answers (the API's and the screens' records). */
public final class ProsecutionViews {

    private ProsecutionViews() {
    }

    /** A file as {@code GET /prosecution-files} lists it (spec/API.md). */
    public record FileSummary(long id, long caseId, String section, String status) {
    }

    /** A file in a list a screen shows: the summary with the children, the period and the dates that matter. */
    public record FileRow(long id, long caseId, String section, String status, String children, LocalDate from,
                          LocalDate to, LocalDate layBy, LocalDate referredOn, int referrals, String openedBy) implements java.io.Serializable {
    }

    public record Child(String upn, String name, String laestab, String schoolName) implements java.io.Serializable {
    }

    public record RecordView(long id, String kind, String kindLabel, LocalDate on, String person, String laestab,
                             String summary, String exhibits, String decision, List<String> needed, String plea,
                             String verdict, BigDecimal fine, BigDecimal costs, BigDecimal surcharge,
                             Integer dischargeMonths, Integer parentingOrderMonths, String programme,
                             Boolean esoDirection, LocalDate date, Long documentId, String recordedBy) implements java.io.Serializable {
    }

    public record DocumentView(long id, String kind, String title, int version, int pages, long sizeBytes,
                               String uploadedBy, Instant uploadedAt) implements java.io.Serializable {
    }

    public record NeglectView(LocalDate on, String kind, String summary) implements java.io.Serializable {
    }

    /**
     * A whole file: who and what it charges, the limit for laying the information, the pre-proceedings decision, the
     * s447 consideration, its records and documents, what is still missing before it can be referred, and what Legal
     * Services last asked for.
     */
    public record FileDetail(long id, long caseId, String section, String status, List<Child> children, Long carerId,
                             String carerName, LocalDate from, LocalDate to, LocalDate layBy, LocalDate warnOn,
                             String decisionReference, LocalDate decidedOn, LocalDate s447ConsideredOn,
                             String s447Consideration, LocalDate referredOn, int referrals, LocalDate laidOn,
                             LocalDate concludedOn, List<RecordView> records, List<DocumentView> documents,
                             List<String> missingBeforeReferral, List<String> lastNeeded, List<NeglectView> neglect,
                             long version) implements java.io.Serializable {
    }

    /**
     * The pre-proceedings panel's decision to prosecute, which opens the file: the case, the offence, the children,
     * the parent (a carer id, optional until known), the period charged, the decision's reference and day.
     */
    public record PreProceedingsDecision(long caseId, String section, List<String> upns, Long carerId, LocalDate from,
                                         LocalDate to, String decisionReference, LocalDate decidedOn) {
    }

    /** A parent of the children in the s576 sense (parental responsibility or care), whom a file may charge. */
    public record ParentOption(long carerId, String name, String relationship) implements java.io.Serializable {
    }

    /** Legal Services' review: ACCEPTED (laid on), RETURNED (what is needed), DECLINED (reasons). */
    public record Review(String decision, List<String> needed, String reasons, LocalDate laidOn) {
    }

    /** A hearing's outcome as recorded (every part may be missing until it is known). */
    public record Hearing(LocalDate on, String court, String plea, String verdict, BigDecimal fine, BigDecimal costs,
                          BigDecimal surcharge, Integer dischargeMonths, Integer parentingOrderMonths, String programme,
                          Boolean esoDirection, LocalDate nextHearingOn, String notes) {
    }

    /** Legal Services' figures for the manager's dashboard: files by status and outcomes. */
    public record Figures(java.util.Map<String, Long> byStatus, long convictions, long acquittals,
                          long parentingOrders, long esoDirections, long returnedAtLeastOnce) implements java.io.Serializable {
    }

    /** A bundle: the PDF, its file name and which version of the referred bundle it is (0 for a preview). */
    public record Bundle(String fileName, byte[] content, int version) {
    }
}
