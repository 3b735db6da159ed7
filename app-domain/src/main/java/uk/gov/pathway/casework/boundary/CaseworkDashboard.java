package uk.gov.pathway.casework.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.registration.boundary.PupilDirectory;

/**
 * The service manager's view of the casework: who holds which cases, which wait for an officer, which drift (no work
 * recorded for the model's number of school days), and what the interventions achieved (attendance before and after,
 * from the reviews).
 */
@Stateless
@RolesAllowed(Roles.SAS_MANAGER)
public class CaseworkDashboard {

    public record Caseload(String officer, int cases, Map<String, Integer> byLevel) implements Serializable {
        public int at(String level) {
            return byLevel.getOrDefault(level, 0);
        }
    }

    /** Each officer's open cases by level, and the levels that have open cases, counted by the database. */
    public record Caseloads(List<Caseload> caseloads, List<String> levels) implements Serializable {
    }

    /** The lists of the allocation page, each paged and searched by the database. */
    public enum OpenList {
        /** Open cases waiting for an officer, the oldest first. */
        UNALLOCATED,
        /** Open cases with an officer, by officer. */
        ALLOCATED,
        /** Open cases with no recorded work for their model's drift school days, the longest waiting first. */
        DRIFTING,
        /** Every open case, by number. */
        ALL_OPEN
    }

    /** The most children a search by name names (a search that matches more should say more of the name). */
    static final int CHILDREN_SEARCHED = 1000;

    /** Reviews of one kind of intervention, with average attendance (%) in the weeks before and since. */
    public record InterventionOutcome(String intervention, String label, long reviews, BigDecimal averageBefore,
                                      BigDecimal averageAfter) implements Serializable {
    }

    public record Count(String key, String label, long count) implements Serializable {
    }

    public record Outcomes(List<InterventionOutcome> interventions, List<Count> openByLevel,
                           List<Count> closedByOutcome) implements Serializable {
    }

    @EJB
    Cases cases;

    @EJB
    PupilDirectory directory;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** Each officer's open cases by level, and every level with an open case, in two grouped counts. */
    public Caseloads caseloads() {
        Map<String, Map<String, Integer>> byOfficer = new TreeMap<>();
        TreeSet<String> levels = new TreeSet<>();
        for (Object[] row : em.createQuery("SELECT c.officer, c.level.code, COUNT(c) FROM CaseFile c"
                + " WHERE c.status = :open GROUP BY c.officer, c.level.code", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList()) {
            String level = (String) row[1];
            levels.add(level);
            if (row[0] != null) {
                byOfficer.computeIfAbsent((String) row[0], o -> new TreeMap<>())
                        .merge(level, ((Number) row[2]).intValue(), Integer::sum);
            }
        }
        List<Caseload> caseloads = byOfficer.entrySet().stream().map(e -> new Caseload(e.getKey(),
                e.getValue().values().stream().mapToInt(Integer::intValue).sum(), e.getValue())).toList();
        return new Caseloads(caseloads, List.copyOf(levels));
    }

    /**
     * The ids of the open cases in this list that match the search (blank: all), in the list's order: a case number,
     * an officer's user name or part of it, a level code, or a child's name (or part of it) or UPN.
     */
    public List<Long> ids(OpenList list, String search) {
        if (list == OpenList.DRIFTING) {
            String text = search == null ? "" : search.strip();
            // the kernel finds the drifting cases; a search narrows them to the open cases it matches
            return cases.drifting(text.isEmpty() ? null : ids(OpenList.ALL_OPEN, text));
        }
        Matching matching = matching(list, search);
        var query = em.createQuery("SELECT c.id FROM CaseFile c" + matching.where() + orderOf(list), Long.class);
        matching.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** How many open cases of this list match the search, counted by the database. */
    public int count(OpenList list, String search) {
        if (list == OpenList.DRIFTING) {
            return ids(list, search).size();
        }
        Matching matching = matching(list, search);
        var query = em.createQuery("SELECT COUNT(c) FROM CaseFile c" + matching.where(), Long.class);
        matching.parameters().forEach(query::setParameter);
        return Math.toIntExact(query.getSingleResult());
    }

    /**
     * One page of a list (from {@code first}, at most {@code size} cases, in the list's order): only the page's ids are
     * read, and only its cases in full.
     */
    public List<CaseRow> rows(OpenList list, String search, int first, int size) {
        if (list == OpenList.DRIFTING) {
            List<Long> ids = ids(list, search);
            int from = Math.min(Math.max(first, 0), ids.size());
            return rows(List.copyOf(ids.subList(from, Math.min(ids.size(), from + Math.max(size, 0)))));
        }
        Matching matching = matching(list, search);
        var query = em.createQuery("SELECT c.id FROM CaseFile c" + matching.where() + orderOf(list), Long.class)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(size, 0));
        matching.parameters().forEach(query::setParameter);
        return rows(query.getResultList());
    }

    /** The where clause of a list and search, and its parameters. */
    private record Matching(String where, Map<String, Object> parameters) {
    }

    private Matching matching(OpenList list, String search) {
        StringBuilder jpql = new StringBuilder(" WHERE c.status = :open");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("open", CaseStatus.OPEN);
        if (list == OpenList.UNALLOCATED) {
            jpql.append(" AND c.officer IS NULL");
        } else if (list == OpenList.ALLOCATED) {
            jpql.append(" AND c.officer IS NOT NULL");
        }
        String text = search == null ? "" : search.strip();
        if (!text.isEmpty()) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            jpql.append(" AND (LOWER(c.officer) LIKE :like ESCAPE '\\' OR LOWER(c.level.code) = :code");
            parameters.put("like", "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.put("code", lower);
            if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
                jpql.append(" OR c.id = :id");
                parameters.put("id", Long.parseLong(text));
            }
            Set<Long> children = directory.matching(text, CHILDREN_SEARCHED);
            if (!children.isEmpty()) {
                jpql.append(" OR c.id IN (SELECT n.id FROM CaseFile n JOIN n.pupilIds p WHERE p IN :children)");
                parameters.put("children", List.copyOf(children));
            }
            jpql.append(')');
        }
        return new Matching(jpql.toString(), parameters);
    }

    private static String orderOf(OpenList list) {
        return list == OpenList.UNALLOCATED ? " ORDER BY c.openedOn, c.id"
                : list == OpenList.ALLOCATED ? " ORDER BY c.officer, c.id" : " ORDER BY c.id";
    }

    /** The rows of these cases (one page of a list, from {@link #ids}), in the order given. */
    public List<CaseRow> rows(List<Long> caseIds) {
        return cases.rows(caseIds);
    }

    /** One page of a list: its rows from {@code first}, at most {@code size}, and how many the list holds. */
    public Page<CaseRow> page(OpenList list, String search, int first, int size) {
        return new Page<>(rows(list, search, first, size), count(list, search));
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

    private static BigDecimal oneDecimal(Object average) {
        return average == null ? null : new BigDecimal(average.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
