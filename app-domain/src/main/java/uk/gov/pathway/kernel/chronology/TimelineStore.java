package uk.gov.pathway.kernel.chronology;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Reads kept timelines. It checks nobody's access: call it from a service that has decided which children to show. */
@ApplicationScoped
public class TimelineStore {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** The ids of the cases these children's timelines hold lines of. */
    public Set<Long> casesOf(Collection<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct t.caseId from TimelineEntry t where t.pupilId in :pupils"
                + " and t.caseId is not null", Long.class).setParameter("pupils", pupilIds).getResultList());
    }

    /**
     * The entries of these children that pass the filter, oldest first (days in the given zone): those of no case and
     * those of the {@code readableCases} only.
     */
    public List<TimelineEntry> of(Collection<Long> pupilIds, Set<Long> readableCases, ChronologyFilter filter,
                                  ZoneId zone) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select t from TimelineEntry t where t.pupilId in :pupils");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pupils", pupilIds);
        caseLines(jpql, parameters, readableCases);
        if (filter.module() != null) {
            jpql.append(" and t.module = :module");
            parameters.put("module", filter.module());
        }
        if (filter.kind() != null) {
            jpql.append(" and t.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            jpql.append(" and t.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" and t.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        jpql.append(" order by t.at, t.id");
        TypedQuery<TimelineEntry> query = em.createQuery(jpql.toString(), TimelineEntry.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The kinds of entry these children's timelines hold (of no case, or of a readable case), for a filter's choices. */
    public List<String> kindsOf(Collection<Long> pupilIds, Set<Long> readableCases) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select distinct t.kind from TimelineEntry t where t.pupilId in :pupils");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pupils", pupilIds);
        caseLines(jpql, parameters, readableCases);
        jpql.append(" order by t.kind");
        TypedQuery<String> query = em.createQuery(jpql.toString(), String.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void caseLines(StringBuilder jpql, Map<String, Object> parameters, Set<Long> readableCases) {
        if (readableCases.isEmpty()) {
            jpql.append(" and t.caseId is null");
        } else {
            jpql.append(" and (t.caseId is null or t.caseId in :cases)");
            parameters.put("cases", readableCases);
        }
    }
}
