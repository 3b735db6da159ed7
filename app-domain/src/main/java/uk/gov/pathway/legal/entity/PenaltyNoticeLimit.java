package uk.gov.pathway.legal.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a parent may be given another penalty notice for a pupil, and which it would be (first or second): no notice
 * where two have already been issued to that parent for that pupil in the three years ending with the day the new one
 * would be issued (a rolling look-back). Withdrawn notices do not count, nor unpaid ones whose prosecution ended in
 * acquittal; every other notice, by whoever issued it, counts (one still running counts, since it will unless
 * withdrawn). Another parent, or the same parent for a sibling, has a limit of their own. The sessions a notice
 * covers are never covered again by a notice to the same parent for that pupil (withdrawn ones included: no
 * proceedings follow for that offence).
 */
// Education (Penalty Notices) (England) Regulations 2007 as amended by SI 2024/210; spec/RULES.md "The limit"
public final class PenaltyNoticeLimit {

    public static final int NOTICES_IN_LOOK_BACK = 2;
    public static final int LOOK_BACK_YEARS = 3;

    /** What the council may do instead once the limit is reached (spec/RULES.md; usually prosecution). */
    public static final List<String> ALTERNATIVE_ACTIONS = List.of(
            "PROSECUTION_S444_1: prosecution for failing to secure regular attendance (Education Act 1996 s444(1))",
            "PROSECUTION_S444_1A: prosecution for knowingly failing to secure regular attendance (Education Act 1996 s444(1A))",
            "EDUCATION_SUPERVISION_ORDER: apply for an Education Supervision Order (Children Act 1989 s36)",
            "PARENTING_CONTRACT: offer a parenting contract (Anti-social Behaviour Act 2003 s19)");

    /** A notice already in the register, as the limit sees it. */
    public record Prior(long carerId, long pupilId, LocalDate issuedOn, PenaltyNoticeStatus status, boolean acquitted,
                        Set<PenaltyNoticeSession> sessions) {
        /** Whether it counts toward the limit. */
        public boolean counts() {
            return status != PenaltyNoticeStatus.WITHDRAWN && !(status == PenaltyNoticeStatus.PROSECUTED && acquitted);
        }
    }

    /** The answer: the new notice's sequence (1 or 2), or refused with the counting notices' days. */
    public record Decision(boolean allowed, int sequence, List<LocalDate> countingIssuedOn) {
    }

    private PenaltyNoticeLimit() {
    }

    /** The first day of the three years that end with {@code issuedOn}. */
    public static LocalDate lookBackFrom(LocalDate issuedOn) {
        return issuedOn.minusYears(LOOK_BACK_YEARS).plusDays(1);
    }

    public static Decision decide(long carerId, long pupilId, LocalDate issuedOn, Collection<Prior> register) {
        LocalDate from = lookBackFrom(issuedOn);
        List<LocalDate> counting = register.stream()
                .filter(p -> p.carerId() == carerId && p.pupilId() == pupilId)
                .filter(Prior::counts)
                .filter(p -> !p.issuedOn().isBefore(from) && !p.issuedOn().isAfter(issuedOn))
                .map(Prior::issuedOn).sorted().toList();
        return counting.size() >= NOTICES_IN_LOOK_BACK
                ? new Decision(false, 0, counting)
                : new Decision(true, counting.size() + 1, counting);
    }

    /** The wanted sessions already covered by a notice to this parent for this pupil, in order. */
    public static Set<PenaltyNoticeSession> alreadyCovered(long carerId, long pupilId,
                                                           Collection<PenaltyNoticeSession> wanted,
                                                           Collection<Prior> register) {
        Set<PenaltyNoticeSession> covered = new TreeSet<>();
        register.stream().filter(p -> p.carerId() == carerId && p.pupilId() == pupilId)
                .forEach(p -> wanted.stream().filter(p.sessions()::contains).forEach(covered::add));
        return covered;
    }
}
