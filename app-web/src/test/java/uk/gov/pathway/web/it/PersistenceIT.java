package uk.gov.pathway.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Gender;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.SchoolPhase;
import uk.gov.pathway.registration.entity.SenStatus;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.registration.entity.Urn;
import uk.gov.pathway.registration.entity.Vulnerabilities;
import uk.gov.pathway.registration.entity.YearGroup;

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
        List<String> interfaces = Arrays.stream(Enrolment.class.getInterfaces()).map(Class::getName).toList();
        assertTrue(interfaces.contains("org.eclipse.persistence.internal.weaving.PersistenceWeaved"), interfaces.toString());
        assertTrue(interfaces.contains("org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy"), interfaces.toString());
    }

    @Test
    void theSchoolOfAnEnrolmentIsReadOnlyWhenItIsAskedFor() throws Exception {
        Long enrolmentId = storePupil().enrolments().get(0).id();

        EntityManager em = emf.createEntityManager();
        try {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            assertFalse(emf.getPersistenceUnitUtil().isLoaded(enrolment, "school"), "the school was read with the enrolment");
            assertEquals("Weaving Test School", enrolment.school().name());
            assertTrue(emf.getPersistenceUnitUtil().isLoaded(enrolment, "school"));
        } finally {
            em.close();
        }
    }

    @Test
    void changesThatAnEntityMakesToItselfAreWrittenEvenWhenALazyPartIsReadAfterThem() throws Exception {
        Pupil stored = storePupil();

        transaction.begin();
        EntityManager em = emf.createEntityManager();
        Pupil pupil = em.find(Pupil.class, stored.id());
        PupilDetails details = pupil.details();
        pupil.revise(new PupilDetails(details.upn(), "Renamed", details.surname(), details.dateOfBirth(),
                details.yearGroup(), details.gender(), details.postcode(), details.sen(), details.vulnerabilities()),
                Instant.now());
        pupil.enrolments().get(0).school().name();
        em.close();
        transaction.commit();

        EntityManager check = emf.createEntityManager();
        try {
            assertEquals("Renamed", check.find(Pupil.class, stored.id()).forename());
        } finally {
            check.close();
        }
    }

    /** A fictional school and pupil with numbers no other test uses. */
    private Pupil storePupil() throws Exception {
        Random random = new Random();
        String digits = String.format("%04d", random.nextInt(10_000));
        String last12 = "998" + digits + "26" + String.format("%03d", random.nextInt(1000));
        UniquePupilNumber upn = new UniquePupilNumber(UniquePupilNumber.checkLetterFor(last12) + last12);
        transaction.begin();
        EntityManager em = emf.createEntityManager();
        School school = new School(Urn.of("98" + digits), Laestab.of("998" + digits), "Weaving Test School",
                SchoolPhase.PRIMARY, false, Instant.now());
        em.persist(school);
        Pupil pupil = new Pupil(new PupilDetails(upn, "Test", "Pupil", LocalDate.of(2016, 5, 1), YearGroup.Y5, Gender.X,
                null, SenStatus.NONE, Vulnerabilities.NONE), Instant.now());
        pupil.enrol(school, LocalDate.of(2025, 9, 1), false);
        em.persist(pupil);
        em.close();
        transaction.commit();
        return pupil;
    }
}
