package uk.gov.pathway.kernel.chronology;

import java.time.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps every {@link ChronologyEntry} any module announces, in the transaction that made it happen: what rolls back
 * never shows in a timeline. Reading is {@link TimelineStore}'s, behind the registration service that checks who may
 * see the child.
 */
@Stateless
@PermitAll
public class Chronology {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    Clock clock;

    public void keep(@Observes ChronologyEntry entry) {
        em.persist(new TimelineEntry(entry, clock.instant()));
    }
}
