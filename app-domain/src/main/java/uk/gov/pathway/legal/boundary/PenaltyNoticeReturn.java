package uk.gov.pathway.legal.boundary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews.DfeReturn;
import uk.gov.pathway.legal.entity.PenaltyNotice;
import uk.gov.pathway.legal.entity.PenaltyNoticeReason;
import uk.gov.pathway.legal.entity.PenaltyNoticeWithdrawalGround;

/**
 * The annual DfE return (parental responsibility measures census) of the notices issued in an academic year: issued
 * by main reason, and each notice in exactly one of paid within 21 days, paid in days 22-28, withdrawn (by ground),
 * prosecuted after non-payment and unresolved, by where it stands.
 */
// DfE school census: parental responsibility measures; spec/RULES.md "Return to DfE"
public final class PenaltyNoticeReturn {

    private PenaltyNoticeReturn() {
    }

    /** The return of these notices (all issued in the year): each in exactly one outcome by where it stands. */
    public static DfeReturn of(int startYear, Collection<PenaltyNotice> notices) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (PenaltyNoticeReason reason : PenaltyNoticeReason.values()) {
            byReason.put(reason.name(), 0L);
        }
        Map<String, Long> byGround = new LinkedHashMap<>();
        for (PenaltyNoticeWithdrawalGround ground : PenaltyNoticeWithdrawalGround.values()) {
            byGround.put(ground.name(), 0L);
        }
        long paid21 = 0;
        long paid28 = 0;
        long withdrawn = 0;
        long prosecuted = 0;
        long unresolved = 0;
        for (PenaltyNotice n : notices) {
            byReason.merge(n.mainReason().name(), 1L, Long::sum);
            switch (n.status()) {
                case PAID_IN_21_DAYS -> paid21++;
                case PAID_IN_28_DAYS -> paid28++;
                case WITHDRAWN -> {
                    withdrawn++;
                    byGround.merge(n.withdrawalGround().name(), 1L, Long::sum);
                }
                case PROSECUTED -> prosecuted++;
                case ISSUED, UNPAID -> unresolved++;
            }
        }
        return new DfeReturn(startYear, notices.size(), byReason, paid21, paid28, withdrawn, byGround, prosecuted,
                unresolved);
    }

}
