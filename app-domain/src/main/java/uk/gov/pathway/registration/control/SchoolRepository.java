package uk.gov.pathway.registration.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.paging.Page;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.registration.entity.Urn;

@ApplicationScoped
public class SchoolRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.name", "urn", "s.urn", "laestab", "s.laestab", "phase", "s.phase",
            "sla", "s.tradedServiceSubscriber");

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public Optional<School> byLaestab(Laestab laestab) {
        return em.createNamedQuery(School.BY_LAESTAB, School.class).setParameter("laestab", laestab)
                .getResultStream().findFirst();
    }

    public Optional<School> byUrn(Urn urn) {
        return em.createNamedQuery(School.BY_URN, School.class).setParameter("urn", urn)
                .getResultStream().findFirst();
    }

    public void add(School school) {
        em.persist(school);
    }

    /** A page of the schools within the scope that match the search. */
    public Page<School> search(SchoolSearch search, AccessScope scope) {
        if (scope.coversNothing()) {
            return new Page<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (!scope.allSchools()) {
            where.append(" and s.laestab in :scope");
            parameters.add(new Object[]{"scope", List.copyOf(scope.schools())});
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (lower(s.name) like :text or s.urn = :exactUrn or s.laestab = :exactLaestab)");
            String text = search.text().strip();
            parameters.add(new Object[]{"text", "%" + text.toLowerCase(Locale.ROOT).replace("%", "") + "%"});
            parameters.add(new Object[]{"exactUrn", text.matches("\\d{6}") ? new Urn(text) : new Urn("000000")});
            parameters.add(new Object[]{"exactLaestab", text.matches("\\d{7}") ? new Laestab(text) : new Laestab("0000000")});
        }
        if (search.phase() != null) {
            where.append(" and s.phase = :phase");
            parameters.add(new Object[]{"phase", search.phase()});
        }
        if (search.sla() != null) {
            where.append(" and s.tradedServiceSubscriber = :sla");
            parameters.add(new Object[]{"sla", search.sla()});
        }
        String order = SORTABLE.getOrDefault(search.sort() == null ? "name" : search.sort(), "s.name")
                + (search.ascending() ? " asc" : " desc") + ", s.laestab asc";

        TypedQuery<Long> count = em.createQuery("select count(s) from School s" + where, Long.class);
        TypedQuery<School> page = em.createQuery("select s from School s" + where + " order by " + order, School.class);
        for (Object[] parameter : parameters) {
            count.setParameter((String) parameter[0], parameter[1]);
            page.setParameter((String) parameter[0], parameter[1]);
        }
        List<School> items = page.setFirstResult(search.first()).setMaxResults(search.pageSize()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }
}
