package uk.gov.pathway.kernel.audit;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * The service manager's (and the administrator's) search of the audit trail, newest first. Reading the trail is not
 * a read of a child's record, so it is not itself audited.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.ADMIN})
public class AuditSearch {

    public static final int MAX_PAGE_SIZE = 200;
    /** A download holds at most this many entries; narrow the search for more. */
    public static final int EXPORT_LIMIT = 100_000;

    /** An entry as the screen, the API and the download show it; upn is the child's, when the entry is about one. */
    public record Entry(long id, Instant at, String username, String action, String upn, String subject, String detail,
                        String remoteAddress, String request) implements Serializable {
    }

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Inject
    PupilNumbers pupils;

    @Inject
    Clock clock;

    /** The entries matching the query from the {@code first} (0 for the newest), at most {@code pageSize} of them. */
    public Page<Entry> search(AuditQuery query, int first, int pageSize) {
        if (first < 0) {
            throw new InvalidInputException("page", "page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size must be from 1 to " + MAX_PAGE_SIZE + "; got " + pageSize);
        }
        Optional<Criteria> criteria = criteria(query);
        if (criteria.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        long total = criteria.get().bind(em.createQuery("select count(a) from AuditEntry a" + criteria.get().where,
                Long.class)).getSingleResult();
        List<AuditEntry> entries = total == 0 ? List.of() : page(criteria.get(), first, pageSize);
        return new Page<>(view(entries), total);
    }

    /** Every entry matching the query, newest first, up to {@value #EXPORT_LIMIT}: for the CSV download. */
    public List<Entry> export(AuditQuery query) {
        Optional<Criteria> criteria = criteria(query);
        return criteria.isEmpty() ? List.of() : view(page(criteria.get(), 0, EXPORT_LIMIT));
    }

    private List<AuditEntry> page(Criteria criteria, int first, int size) {
        return criteria.bind(em.createQuery("select a from AuditEntry a" + criteria.where
                        + " order by a.at desc, a.id desc", AuditEntry.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    private List<Entry> view(List<AuditEntry> entries) {
        Set<Long> ids = entries.stream().map(AuditEntry::pupilId).filter(id -> id != null).collect(Collectors.toSet());
        Map<Long, String> upns = ids.isEmpty() ? Map.of() : pupils.upnsOf(ids);
        List<Entry> view = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            view.add(new Entry(e.id(), e.at(), e.username(), e.action().name(),
                    e.pupilId() == null ? null : upns.get(e.pupilId()), e.subject(), e.detail(), e.remoteAddress(),
                    e.request()));
        }
        return view;
    }

    /** The where clause and its parameters; empty when the query names a UPN no pupil has (nothing can match). */
    private Optional<Criteria> criteria(AuditQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.user() != null) {
            where.append(" and a.username = :user");
            parameters.put("user", query.user());
        }
        if (query.upn() != null) {
            Optional<Long> pupilId = pupils.idOf(query.upn());
            if (pupilId.isEmpty()) {
                return Optional.empty();
            }
            where.append(" and a.pupilId = :pupil");
            parameters.put("pupil", pupilId.get());
        }
        if (query.action() != null) {
            where.append(" and a.action = :action");
            parameters.put("action", query.action());
        }
        if (query.from() != null) {
            where.append(" and a.at >= :from");
            parameters.put("from", query.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (query.to() != null) {
            where.append(" and a.at < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        return Optional.of(new Criteria(where.toString(), parameters));
    }

    private record Criteria(String where, Map<String, Object> parameters) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
