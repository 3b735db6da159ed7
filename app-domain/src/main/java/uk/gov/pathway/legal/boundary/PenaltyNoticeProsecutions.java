package uk.gov.pathway.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.gov.pathway.legal.entity.PenaltyNotice;
import uk.gov.pathway.legal.entity.PenaltyNoticeStatus;
import uk.gov.pathway.legal.prosecution.boundary.EarlierPenaltyNotices;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionConcluded;

/**
 * Where penalty notices meet prosecution files. A prosecution brought for the offence of an unpaid notice ends its
 * notices as PROSECUTED: one that ended in conviction counts toward the parent's limit, one that ended in acquittal
 * does not (spec/RULES.md, "What counts toward the limit"). The evidence bundle reads the parent's earlier unpaid
 * notices, each with the day its 28 days ended unpaid (the certificate of non-payment's date), from here. A paid or
 * withdrawn notice never reaches a file. Both run in the caller's transaction (the verdict's, the bundle's).
 */
@ApplicationScoped
public class PenaltyNoticeProsecutions implements EarlierPenaltyNotices {

    private static final Set<PenaltyNoticeStatus> UNPAID = Set.of(PenaltyNoticeStatus.UNPAID,
            PenaltyNoticeStatus.PROSECUTED);

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** In the transaction that records the verdict: the parent's unpaid notices for the children charged. */
    void concluded(@Observes ProsecutionConcluded verdict) {
        if (verdict.carerId() == null) {
            return;
        }
        for (PenaltyNotice notice : em.createNamedQuery(PenaltyNotice.OF_CARER, PenaltyNotice.class)
                .setParameter("carer", verdict.carerId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (verdict.upns().contains(notice.upn()) && UNPAID.contains(notice.status())) {
                notice.prosecuted(verdict.on(), !verdict.convicted());
            }
        }
    }

    @Override
    public List<EarlierNotice> unpaidWithCertificate(Long carerId, List<String> upns) {
        List<PenaltyNotice> notices = carerId == null
                ? em.createNamedQuery(PenaltyNotice.ALL, PenaltyNotice.class).getResultList()
                : em.createNamedQuery(PenaltyNotice.OF_CARER, PenaltyNotice.class).setParameter("carer", carerId)
                .getResultList();
        return notices.stream().filter(n -> upns.contains(n.upn()) && UNPAID.contains(n.status()))
                .sorted(Comparator.comparing(PenaltyNotice::issuedOn))
                .map(n -> new EarlierNotice(n.id(), n.upn(), n.issuedOn(), n.status().name(), n.unpaidOn(),
                        n.sessions().stream().map(c -> c.session().toString()).toList()))
                .toList();
    }
}
