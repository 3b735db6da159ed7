package uk.gov.pathway.casework.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.CaseOutcome;
import uk.gov.pathway.casework.entity.CaseStatus;
import uk.gov.pathway.casework.entity.EvidenceKind;
import uk.gov.pathway.kernel.access.Roles;

/**
 * The service manager's view of the casework: who holds which cases, which wait for an officer, which drift (no work
 * recorded for the model's number of school days), and what the interventions achieved (attendance before and after,
 * from the reviews).
 */
@Stateless
@RolesAllowed(Roles.SAS_MANAGER)
public class CaseworkDashboard {

    public record Caseload(String officer, int cases, Map<String, Integer> byLevel) {
        public int at(String level) {
            return byLevel.getOrDefault(level, 0);
        }
    }

    /** Cases waiting for an officer, each officer's caseload, the allocated cases, and the drifting ones. */
    public record Allocation(List<CaseRow> unallocated, List<Caseload> caseloads, List<String> levels,
                             List<CaseRow> allocated, List<CaseRow> drifting) {
    }

    /** Reviews of one kind of intervention, with average attendance (%) in the weeks before and since. */
    public record InterventionOutcome(String intervention, String label, long reviews, BigDecimal averageBefore,
                                      BigDecimal averageAfter) {
    }

    public record Count(String key, String label, long count) {
    }

    public record Outcomes(List<InterventionOutcome> interventions, List<Count> openByLevel,
                           List<Count> closedByOutcome) {
    }

    @EJB
    Cases cases;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** Unallocated open cases (oldest first), each officer's caseload by level, and the drifting cases, read once. */
    public Allocation allocation() {
        List<CaseRow> open = openCases();
        List<CaseRow> unallocated = open.stream().filter(r -> r.summary().officer() == null)
                .sorted(Comparator.comparing((CaseRow r) -> r.summary().openedOn())
                        .thenComparing(r -> r.summary().id())).toList();
        Map<String, Map<String, Integer>> byOfficer = new TreeMap<>();
        TreeSet<String> levels = new TreeSet<>();
        for (CaseRow row : open) {
            levels.add(row.summary().level());
            if (row.summary().officer() != null) {
                byOfficer.computeIfAbsent(row.summary().officer(), o -> new TreeMap<>())
                        .merge(row.summary().level(), 1, Integer::sum);
            }
        }
        List<Caseload> caseloads = byOfficer.entrySet().stream().map(e -> new Caseload(e.getKey(),
                e.getValue().values().stream().mapToInt(Integer::intValue).sum(), e.getValue())).toList();
        List<CaseRow> allocated = open.stream().filter(r -> r.summary().officer() != null)
                .sorted(Comparator.comparing((CaseRow r) -> r.summary().officer())
                        .thenComparing(r -> r.summary().id())).toList();
        return new Allocation(unallocated, caseloads, List.copyOf(levels), allocated, drifting(open));
    }

    /** Open cases with no recorded work for their model's drift school days, the longest waiting first. */
    public List<CaseRow> drift() {
        return drifting(openCases());
    }

    private static List<CaseRow> drifting(List<CaseRow> open) {
        return open.stream().filter(CaseRow::drifting)
                .sorted(Comparator.comparing(CaseRow::lastActivity).thenComparing(r -> r.summary().id())).toList();
    }

    /** The user names that hold open cases, for the allocation screen's suggestions. */
    public List<String> officers() {
        return em.createQuery("SELECT DISTINCT c.officer FROM CaseFile c WHERE c.officer IS NOT NULL"
                + " ORDER BY c.officer", String.class).getResultList();
    }

    /** Attendance before and after each kind of intervention reviewed; open cases by level; closed by outcome. */
    public Outcomes outcomes() {
        List<InterventionOutcome> interventions = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT r.intervention, COUNT(r), AVG(r.beforePercent),"
                + " AVG(r.afterPercent) FROM Review r GROUP BY r.intervention", Object[].class).getResultList()) {
            EvidenceKind kind = (EvidenceKind) row[0];
            interventions.add(new InterventionOutcome(kind.name(), kind.label(), ((Number) row[1]).longValue(),
                    oneDecimal(row[2]), oneDecimal(row[3])));
        }
        interventions.sort(Comparator.comparing(InterventionOutcome::reviews).reversed()
                .thenComparing(InterventionOutcome::label));
        Map<String, Count> byLevel = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT c.model.code, c.level.code, c.level.name, c.level.position,"
                + " COUNT(c) FROM CaseFile c WHERE c.status = :open GROUP BY c.model.code, c.level.code,"
                + " c.level.name, c.level.position ORDER BY c.model.code, c.level.position", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList()) {
            String key = row[0] + " " + row[1];
            byLevel.put(key, new Count(key, (String) row[2], ((Number) row[4]).longValue()));
        }
        Map<CaseOutcome, Long> closed = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.outcome, COUNT(c) FROM CaseFile c WHERE c.status = :closed"
                + " GROUP BY c.outcome", Object[].class).setParameter("closed", CaseStatus.CLOSED).getResultList()) {
            closed.put((CaseOutcome) row[0], ((Number) row[1]).longValue());
        }
        List<Count> byOutcome = new ArrayList<>();
        for (CaseOutcome outcome : CaseOutcome.values()) {
            byOutcome.add(new Count(outcome.name(), outcome.label(), closed.getOrDefault(outcome, 0L)));
        }
        return new Outcomes(interventions, List.copyOf(byLevel.values()), byOutcome);
    }

    private List<CaseRow> openCases() {
        return cases.openCaseRows();
    }

    private static BigDecimal oneDecimal(Object average) {
        return average == null ? null : new BigDecimal(average.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
