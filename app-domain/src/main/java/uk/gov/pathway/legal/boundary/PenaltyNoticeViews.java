package uk.gov.pathway.legal.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.pathway.legal.entity.PenaltyNotice;

/** What the penalty notice service answers: records of the register, as the API and the screens show them. */
public final class PenaltyNoticeViews {

    private PenaltyNoticeViews() {
    }

    /** The answer to an issued notice, exactly as spec/API.md writes it. */
    public record Issued(long id, String upn, long carerId, int sequence, String status, LocalDate issuedOn,
                         LocalDate receivedOn, Integer reducedAmount, LocalDate reducedBy, int fullAmount,
                         LocalDate fullBy, List<String> sessions) {
        static Issued of(PenaltyNotice n) {
            return new Issued(n.id(), n.upn(), n.carerId(), n.sequence(), n.status().name(), n.issuedOn(),
                    n.receivedOn(), n.reducedAmount(), n.reducedBy(), n.fullAmount(), n.fullBy(), sessionsOf(n));
        }
    }

    public record Payment(BigDecimal amount, LocalDate paidOn, String reference) implements java.io.Serializable {
    }

    public record Withdrawal(String ground, String reason, LocalDate withdrawnOn, BigDecimal refundDue,
                             LocalDate refundedOn) implements java.io.Serializable {
    }

    /** One notice in the register: the contract's fields and its service, reason, payments and withdrawal. */
    public record Notice(long id, String reference, String upn, String laestab, long carerId, String carerName, int sequence,
                         String status, String issuedBy, LocalDate issuedOn, String serviceMethod, LocalDate servedOn,
                         LocalDate receivedOn, Integer reducedAmount, LocalDate reducedBy, int fullAmount,
                         LocalDate fullBy, List<String> sessions, String mainReason, String withoutNoticeToImprove,
                         BigDecimal paid, LocalDate settledOn, LocalDate unpaidOn, List<Payment> payments,
                         Withdrawal withdrawal, long version) implements java.io.Serializable {
        static Notice of(PenaltyNotice n) {
            return new Notice(n.id(), PenaltyNoticeViews.reference(n.id()), n.upn(), n.laestab(), n.carerId(), n.carerName(), n.sequence(), n.status().name(),
                    n.issuedBy().name(), n.issuedOn(), n.serviceMethod().name(), n.servedOn(), n.receivedOn(),
                    n.reducedAmount(), n.reducedBy(), n.fullAmount(), n.fullBy(), sessionsOf(n), n.mainReason().name(),
                    n.withoutNoticeToImprove(), n.paid(), n.settledOn(), n.unpaidOn(),
                    n.payments().stream().map(p -> new Payment(p.amount(), p.paidOn(), p.reference())).toList(),
                    n.withdrawalGround() == null ? null : new Withdrawal(n.withdrawalGround().name(),
                            n.withdrawalReason(), n.withdrawnOn(), n.refundDue(), n.refundedOn()),
                    n.version());
        }
    }

    /**
     * The annual DfE return (parental responsibility measures census) for the academic year starting in September of
     * {@code academicYear}: every notice issued in it, each in exactly one outcome by where it stands.
     */
    public record DfeReturn(int academicYear, long issued, Map<String, Long> issuedByReason, long paidWithin21Days,
                            long paidIn22To28Days, long withdrawn, Map<String, Long> withdrawnByGround,
                            long prosecuted, long unresolved) implements java.io.Serializable {

        /** The internal check: issued = paid in 21 + paid in 22-28 + withdrawn + prosecuted + unresolved. */
        public boolean addsUp() {
            return issued == paidWithin21Days + paidIn22To28Days + withdrawn + prosecuted + unresolved
                    && issued == issuedByReason.values().stream().mapToLong(Long::longValue).sum()
                    && withdrawn == withdrawnByGround.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The reference a parent pays with and the finance file carries: PN-1050 for notice 1050. */
    public static String reference(long id) {
        return "PN-" + id;
    }

    /** The notice a reference names (PN-1050, any case, spaces around it ignored), if it is one. */
    public static java.util.Optional<Long> idOf(String reference) {
        String text = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!text.matches("PN-\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(text.substring(3)));
    }

    static List<String> sessionsOf(PenaltyNotice n) {
        return n.sessions().stream().map(s -> s.session()).sorted().map(Object::toString).toList();
    }
}
