package uk.gov.pathway.kernel.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo runs on H2: every migration runs there, and a letter's PDF goes into its BYTEA column and comes back byte
 * for byte through the server's JPA provider (EclipseLink). PostgreSQL is checked by LetterStorageIT.
 */
class LetterStorageOnH2Test {

    /** As the demo server's PathwayDS (wildfly-config/cli/pathway-server.cli), in memory. */
    private static final String URL = "jdbc:h2:mem:letters;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .load().migrate();
        emf = Persistence.createEntityManagerFactory("pathway", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "sa",
                "eclipselink.logging.level", "SEVERE",
                "eclipselink.weaving", "false"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void thePresetTemplatesAreThere() {
        EntityManager em = emf.createEntityManager();
        try {
            List<String> codes = em.createNamedQuery(LetterTemplate.ALL, LetterTemplate.class).getResultStream()
                    .map(LetterTemplate::code).toList();
            assertThat(codes).containsExactlyInAnyOrder("ATTENDANCE_LETTER_1", "ATTENDANCE_LETTER_2", "AIM_INVITATION",
                    "PARENTING_CONTRACT", "CASE_CLOSURE", "PENALTY_NOTICE_WARNING", "NOTICE_TO_IMPROVE", "PENALTY_NOTICE",
                    "PENALTY_NOTICE_WITHDRAWAL", "PENALTY_NOTICE_REMINDER", "PARENTING_CONTRACT_SIGNED");
        } finally {
            em.close();
        }
    }

    @Test
    void aLettersPdfIsStoredAndReadBackWhole() throws Exception {
        long pupilId = insertPupil();
        byte[] pdf = new byte[70_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);

        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        LetterTemplate template = em.find(LetterTemplate.class, "CASE_CLOSURE");
        Letter letter = new Letter(insertCase(1050), pupilId, template, "statutory-officer", Instant.parse("2026-11-23T10:15:00Z"));
        em.persist(letter);
        em.flush();
        em.persist(new LetterDocument(letter.id(), pdf));
        em.getTransaction().commit();
        em.close();

        EntityManager read = emf.createEntityManager();
        try {
            Letter stored = read.find(Letter.class, letter.id());
            assertThat(stored.title()).isEqualTo("Case closure");
            assertThat(stored.templateVersion()).isZero();
            assertThat(read.find(LetterDocument.class, letter.id()).content()).isEqualTo(pdf);
        } finally {
            read.close();
        }
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa");
             ResultSet type = c.getMetaData().getColumns(null, null, "letter_document", "content")) {
            assertThat(type.next()).isTrue();
            assertThat(type.getString("TYPE_NAME")).isEqualTo("BINARY VARYING");
        }
    }

    @Test
    void markingALetterSentIsStored() throws Exception {
        long pupilId = insertPupil();
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        Letter letter = new Letter(insertCase(1051), pupilId, em.find(LetterTemplate.class, "AIM_INVITATION"), "traded-officer",
                Instant.parse("2026-11-20T09:00:00Z"));
        em.persist(letter);
        em.getTransaction().commit();
        em.getTransaction().begin();
        letter.markSent(SentMethod.HAND, LocalDate.of(2026, 11, 21), "traded-officer", LocalDate.of(2026, 11, 23),
                java.time.ZoneOffset.UTC);
        em.getTransaction().commit();
        em.close();

        EntityManager read = emf.createEntityManager();
        try {
            Letter stored = read.find(Letter.class, letter.id());
            assertThat(stored.sentMethod()).isEqualTo(SentMethod.HAND);
            assertThat(stored.sentOn()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(stored.version()).isEqualTo(2);
        } finally {
            read.close();
        }
    }

    private static long counter = 0;

    /** A row in the pupil table for the letter's foreign key (the registration entities need far more to build). */
    /** A letter belongs to a case (V15): one at the Knowsley preset's first level. */
    private static long insertCase(long id) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa")) {
            c.createStatement().executeUpdate("insert into case_file (id, model_id, level_id, status, reason, opened_on,"
                    + " opened_by, level_since, version) values (" + id + ", 1, 1, 'OPEN', 'Attendance 88%',"
                    + " DATE '2026-11-02', 'sas-manager', DATE '2026-11-02', 1)");
        }
        return id;
    }

    private static long insertPupil() throws Exception {
        long id = 900_000 + ++counter;
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa")) {
            c.createStatement().executeUpdate("insert into pupil (id, upn, forename, surname, date_of_birth, year_group,"
                    + " gender, sen_status, child_in_care, child_protection_plan, child_in_need, young_carer,"
                    + " free_school_meals, english_additional_language, registered_at, updated_at, version) values ("
                    + id + ", 'X99900" + String.format("%07d", id) + "', 'Rowan', 'Kestrel', DATE '2015-03-04', 'Y6',"
                    + " 'X', 'NONE', false, false, false, false, false, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        }
        return id;
    }
}
