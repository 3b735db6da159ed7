package uk.gov.pathway.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.chronology.ChronologyEntry;
import uk.gov.pathway.kernel.chronology.ChronologyFilter;
import uk.gov.pathway.kernel.chronology.TimelineStore;

/**
 * Runs inside the server: the audit trail and the chronology keep what is announced in the announcer's transaction,
 * so what rolls back leaves nothing; an entry from another module (casework) is kept like registration's.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAndChronologyInServerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(AuditAndChronologyInServerIT.class);
    }

    @PersistenceUnit(unitName = "pathway")
    EntityManagerFactory emf;

    @Resource
    UserTransaction transaction;

    @Test
    void aChangeThatRollsBackLeavesNoAuditEntryAndOneThatCommitsLeavesOne() throws Exception {
        String rolledBack = "test change " + UUID.randomUUID();
        transaction.begin();
        CDI.current().getBeanManager().getEvent().select(AuditEvent.class)
                .fire(AuditEvent.change(null, rolledBack, "rolled back"));
        transaction.rollback();
        assertEquals(0, auditEntries(rolledBack));

        String committed = "test change " + UUID.randomUUID();
        transaction.begin();
        CDI.current().getBeanManager().getEvent().select(AuditEvent.class)
                .fire(AuditEvent.change(null, committed, "committed"));
        transaction.commit();
        assertEquals(1, auditEntries(committed));
    }

    @Test
    void aChronologyEntryOfAnotherModuleIsKeptAndOneThatRollsBackIsNot() throws Exception {
        long pupilId = 9_000_000_000L + (System.nanoTime() & 0xffffff);
        Instant held = Instant.parse("2026-01-14T10:00:00Z");
        transaction.begin();
        chronology(new ChronologyEntry(held, pupilId, 1050L, "casework", "CASE_OPENED", "Case opened at level 2",
                "statutory-officer"));
        transaction.commit();
        transaction.begin();
        chronology(new ChronologyEntry(held, pupilId, 1050L, "casework", "STEPPED_UP", "Stepped up to level 3",
                "statutory-officer"));
        transaction.rollback();

        TimelineStore store = CDI.current().select(TimelineStore.class).get();
        transaction.begin();
        try {
            var kept = store.of(List.of(pupilId), java.util.Set.of(1050L), new ChronologyFilter("casework", null, null, null),
                    java.time.ZoneId.systemDefault());
            assertEquals(1, kept.size());
            assertEquals("CASE_OPENED", kept.get(0).kind());
            assertEquals(1050L, kept.get(0).caseId());
            assertEquals(held, kept.get(0).at());
            assertEquals(0, store.of(List.of(pupilId), java.util.Set.of(1050L), new ChronologyFilter("registration", null, null, null),
                    java.time.ZoneId.systemDefault()).size());
        } finally {
            transaction.commit();
        }
    }

    private static void chronology(ChronologyEntry entry) {
        CDI.current().getBeanManager().getEvent().select(ChronologyEntry.class).fire(entry);
    }

    private long auditEntries(String subject) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            return ((Number) em.createNativeQuery("select count(*) from audit_entry where subject = ?")
                    .setParameter(1, subject).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }
}
