package uk.gov.pathway.kernel.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;
import uk.gov.pathway.kernel.calendar.TestCalendars;

/**
 * The drift list's query (only the drifting watches read, each drift limit's first day found on the calendar) finds
 * exactly the subjects that the rule, counting every watch's school days, calls drifting: on school days, at a
 * weekend, in a half term, and past the calendar's last half term (where every watch is read instead).
 */
class DriftOnH2Test {

    private static final String URL = "jdbc:h2:mem:drift;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final SchoolTimeline COUNCIL = SchoolTimeline.ofCouncil(TestCalendars.COUNCIL);
    private static final int FALLBACK = 10;

    private static EntityManagerFactory emf;
    private static final Set<Long> WATCHED = new HashSet<>();

    @BeforeAll
    static void watches() {
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
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        Integer[] limits = {null, 5, 10, 20};
        long id = 1;
        // a watch for every day from September to August, under each limit; every seventh one no longer watching
        for (LocalDate day = LocalDate.of(2025, 9, 1); day.isBefore(LocalDate.of(2026, 8, 31)); day = day.plusDays(1)) {
            for (Integer limit : limits) {
                ActivityWatch watch = new ActivityWatch("case", id, "traded-officer", null, day, limit);
                if (id % 7 == 0) {
                    watch.stop();
                } else {
                    WATCHED.add(id);
                }
                em.persist(watch);
                id++;
            }
        }
        // another subject type is not counted
        em.persist(new ActivityWatch("referral", 1, "traded-officer", null, LocalDate.of(2025, 9, 1), 5));
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02", "2026-02-21", "2026-02-16", "2025-09-03", "2026-07-21", "2026-08-15"})
    void theQueryFindsWhatTheRuleCallsDrifting(String day) {
        LocalDate today = LocalDate.parse(day);
        EntityManager em = emf.createEntityManager();
        try {
            Deadlines deadlines = new Deadlines();
            deadlines.em = em;
            Map<Long, Quiet> byRule = new HashMap<>(deadlines.quiet("case", WATCHED, today, COUNCIL, FALLBACK));
            byRule.values().removeIf(q -> !q.drifting());
            Map<Long, Quiet> byQuery = deadlines.drifting("case", today, COUNCIL, FALLBACK);
            assertThat(byQuery).isEqualTo(byRule);
            assertThat(byQuery.keySet()).isSubsetOf(WATCHED);
            if (!day.equals("2025-09-03")) {
                assertThat(byQuery).as("some drift, some not").isNotEmpty().hasSizeLessThan(WATCHED.size());
            }
            assertThat(List.copyOf(byQuery.values())).allSatisfy(q -> assertThat(q.drifting()).isTrue());
        } finally {
            em.close();
        }
    }
}
