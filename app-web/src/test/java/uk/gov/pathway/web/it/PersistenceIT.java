package uk.gov.pathway.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.kernel.jobs.ImportJob;
import uk.gov.pathway.kernel.jobs.ImportKind;
import uk.gov.pathway.kernel.jobs.ImportStatus;

/**
 * Runs inside the server: which JPA provider and database the application really has, and whether EclipseLink's
 * dynamic weaving (no static weaving at build time) gives lazy loading on WildFly.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(PersistenceIT.class);
    }

    @PersistenceUnit(unitName = "pathway")
    EntityManagerFactory emf;

    @Resource
    UserTransaction transaction;

    @Test
    void eclipseLinkIsTheJpaProvider() {
        EntityManager em = emf.createEntityManager();
        try {
            assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence."),
                    "provider: " + em.getDelegate().getClass().getName());
        } finally {
            em.close();
        }
    }

    @Test
    void theDatabaseIsPostgreSql() throws Exception {
        transaction.begin();
        EntityManager em = emf.createEntityManager();
        try {
            String version = (String) em.createNativeQuery("select version()").getSingleResult();
            assertTrue(version.startsWith("PostgreSQL"), version);
        } finally {
            em.close();
            transaction.commit();
        }
    }

    @Test
    void persistentTimersAreStoredInTheApplicationsDatabase() throws Exception {
        transaction.begin();
        EntityManager em = emf.createEntityManager();
        try {
            Number tables = (Number) em.createNativeQuery("select count(*) from information_schema.tables"
                    + " where table_schema = current_schema() and lower(table_name) = 'jboss_ejb_timer'").getSingleResult();
            assertEquals(1, tables.intValue(), "WildFly's database timer store keeps its table beside Pathway's");
        } finally {
            em.close();
            transaction.commit();
        }
    }

    @Test
    void entitiesAreWovenWhenTheApplicationDeploys() {
        List<String> interfaces = Arrays.stream(ImportJob.class.getInterfaces()).map(Class::getName).toList();
        assertTrue(interfaces.contains("org.eclipse.persistence.internal.weaving.PersistenceWeaved"), interfaces.toString());
        assertTrue(interfaces.contains("org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy"), interfaces.toString());
    }

    @Test
    void anImportFileIsReadOnlyWhenItsJobAsksForIt() throws Exception {
        String id = storeJob("urn,laestab\n".getBytes());

        EntityManager em = emf.createEntityManager();
        try {
            ImportJob job = em.find(ImportJob.class, id);
            assertFalse(emf.getPersistenceUnitUtil().isLoaded(job, "file"), "the file was read with the job");
            assertEquals("urn,laestab\n", new String(job.content()));
            assertTrue(emf.getPersistenceUnitUtil().isLoaded(job, "file"));
        } finally {
            em.close();
        }
    }

    @Test
    void changesThatAnEntityMakesToItselfAreWrittenEvenWhenALazyPartIsReadAfterThem() throws Exception {
        String id = storeJob("urn\n".getBytes());

        transaction.begin();
        EntityManager em = emf.createEntityManager();
        ImportJob job = em.find(ImportJob.class, id);
        job.start(Instant.now());
        job.content();
        em.close();
        transaction.commit();

        EntityManager check = emf.createEntityManager();
        try {
            assertEquals(ImportStatus.RUNNING, check.find(ImportJob.class, id).status());
        } finally {
            check.close();
        }
    }

    private String storeJob(byte[] content) throws Exception {
        transaction.begin();
        EntityManager em = emf.createEntityManager();
        ImportJob job = new ImportJob(ImportKind.SCHOOLS, content, "persistence-test", Instant.now());
        em.persist(job);
        em.close();
        transaction.commit();
        return job.id();
    }
}
