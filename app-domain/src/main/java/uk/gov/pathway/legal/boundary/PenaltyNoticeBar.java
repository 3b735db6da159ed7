package uk.gov.pathway.legal.boundary;

import java.util.List;
import java.util.Optional;
import uk.gov.pathway.legal.entity.PenaltyNoticeSession;

/**
 * A port through which another rule can rule out penalty notices for some of a pupil's sessions: an Education
 * Supervision Order supersedes the parents' duties for its days (Children Act 1989 s36, spec/RULES.md), so a notice
 * for a session in one is refused (422 SESSION_UNDER_ORDER). The orders of the next issue implement it as a CDI bean;
 * {@link PenaltyNotices} asks every implementation found.
 */
public interface PenaltyNoticeBar {

    /** Why notices are ruled out for some of these sessions of the pupil (naming them), or empty when none is. */
    Optional<Barred> barred(long pupilId, List<PenaltyNoticeSession> sessions);

    record Barred(String why, List<PenaltyNoticeSession> sessions) {
    }
}
