package uk.gov.pathway.registration.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.entity.YearGroup;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.School;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Registration's answer to other modules that hold children by id (casework, panels, legal): who the child is and
 * where they are on roll today. The calling module has already decided the caller may see the record it belongs to;
 * {@link #visible(UniquePupilNumber)} is the check for a child named by UPN.
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEGAL_OFFICER})
public class PupilDirectory {

    /** A child as another module shows them, with the school they are on roll at today (null when none). */
    public record PupilRef(long id, String upn, String forename, String surname, LocalDate dateOfBirth,
                           String yearGroup, String laestab, String schoolName, boolean schoolSla,
                           String schoolLinkOfficer) {
        public String name() {
            return forename + " " + surname;
        }
    }

    @EJB
    PupilRegister register;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** {@link #visible(UniquePupilNumber)} for a UPN as written (400 naming "upn" when it is not one). */
    public PupilRef visible(String upn) {
        return visible(upn(upn));
    }

    /** A UPN as written, checked; a problem names the field "upn". */
    static UniquePupilNumber upn(String value) {
        try {
            return UniquePupilNumber.of(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("upn", e.getMessage());
        }
    }

    /** The child named by UPN if the caller may see them (on roll at a school in their scope); otherwise 404. */
    public PupilRef visible(UniquePupilNumber upn) {
        return ref(register.visible(upn), LocalDate.now(clock));
    }

    /** The children with these ids, in the order given; unknown ids are left out. */
    public Map<Long, PupilRef> refs(Collection<Long> ids) {
        Map<Long, PupilRef> refs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        LocalDate today = LocalDate.now(clock);
        // The columns a reference shows, not the pupils, enrolments and schools as entities: a caseload's sixty
        // children are read without building (and tracking) three entities each. A child comes back once per
        // enrolment; the school is the enrolment covering today, the main registration before a dual one.
        record Row(long id, UniquePupilNumber upn, String forename, String surname, LocalDate born, YearGroup year,
                   boolean enrolledToday, boolean dual, Laestab laestab, String school, boolean sla, String officer) {
        }
        Map<Long, PupilRef> found = new java.util.HashMap<>();
        Map<Long, Boolean> dualToday = new java.util.HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("SELECT p.id, p.upn, p.forename, p.surname, p.dateOfBirth, p.yearGroup, e.startDate,"
                            + " e.endDate, e.dualRegistration, s.laestab, s.name, s.tradedServiceSubscriber,"
                            + " s.linkOfficer FROM Pupil p LEFT JOIN p.enrolments e LEFT JOIN e.school s"
                            + " WHERE p.id IN :ids ORDER BY p.id, e.id", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultStream()
                    .map(r -> new Row(((Number) r[0]).longValue(), (UniquePupilNumber) r[1], (String) r[2],
                            (String) r[3], (LocalDate) r[4], (YearGroup) r[5], r[6] != null
                            && !today.isBefore((LocalDate) r[6]) && (r[7] == null || !today.isAfter((LocalDate) r[7])),
                            Boolean.TRUE.equals(r[8]), (Laestab) r[9], (String) r[10], Boolean.TRUE.equals(r[11]),
                            (String) r[12]))
                    .forEach(r -> {
                        boolean better = r.enrolledToday() && (!dualToday.containsKey(r.id())
                                || dualToday.get(r.id()) && !r.dual());
                        if (better) {
                            dualToday.put(r.id(), r.dual());
                            found.put(r.id(), new PupilRef(r.id(), r.upn().value(), r.forename(), r.surname(),
                                    r.born(), r.year().code(), r.laestab().value(), r.school(), r.sla(), r.officer()));
                        } else if (!found.containsKey(r.id())) {
                            found.put(r.id(), new PupilRef(r.id(), r.upn().value(), r.forename(), r.surname(),
                                    r.born(), r.year().code(), null, null, false, null));
                        }
                    });
        }
        for (Long id : ids) {
            PupilRef ref = found.get(id);
            if (ref != null) {
                refs.put(id, ref);
            }
        }
        return refs;
    }

    /**
     * The ids of the children on roll today at a school the scope covers (none for an empty scope): for another module
     * to narrow what it reads before its own checks, which decide.
     */
    public Set<Long> onRollToday(AccessScope scope) {
        if (scope.coversNothing()) {
            return Set.of();
        }
        String where = scope.allSchools() ? "" : " AND e.school.laestab IN :schools";
        var query = em.createQuery("SELECT DISTINCT e.pupil.id FROM Enrolment e WHERE e.startDate <= :today"
                + " AND (e.endDate IS NULL OR e.endDate >= :today)" + where, Long.class)
                .setParameter("today", LocalDate.now(clock));
        if (!scope.allSchools()) {
            query.setParameter("schools", List.copyOf(scope.schools()));
        }
        return new HashSet<>(query.getResultList());
    }

    /** The ids of the children on roll today at traded-service (SLA) schools whose link officer is {@code officer}. */
    public Set<Long> onRollTodayAtSchoolsLinkedTo(String officer) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT e.pupil.id FROM Enrolment e WHERE e.startDate <= :today"
                + " AND (e.endDate IS NULL OR e.endDate >= :today) AND e.school.tradedServiceSubscriber = TRUE"
                + " AND e.school.linkOfficer = :officer", Long.class)
                .setParameter("today", LocalDate.now(clock)).setParameter("officer", officer).getResultList());
    }

    /**
     * The ids of up to {@code limit} children whose name contains {@code text} (any case) or whose UPN it is: for
     * another module's search of the records it holds by child, which its own checks then narrow.
     */
    public Set<Long> matching(String text, int limit) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        try {
            UniquePupilNumber upn = UniquePupilNumber.of(wanted.toUpperCase(java.util.Locale.ROOT));
            em.createNamedQuery(Pupil.BY_UPN, Pupil.class).setParameter("upn", upn).getResultList()
                    .forEach(p -> ids.add(p.id()));
        } catch (IllegalArgumentException notAUpn) {
            // a name, not a UPN
        }
        String like = "%" + wanted.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        ids.addAll(em.createQuery("SELECT p.id FROM Pupil p WHERE LOWER(CONCAT(p.forename, ' ', p.surname)) LIKE :like"
                + " ESCAPE '\\'", Long.class).setParameter("like", like).setMaxResults(limit).getResultList());
        return ids;
    }

    public Optional<PupilRef> ref(long id) {
        return Optional.ofNullable(refs(List.of(id)).get(id));
    }

    static PupilRef ref(Pupil pupil, LocalDate today) {
        Optional<School> school = pupil.enrolments().stream().filter(e -> e.covers(today))
                .sorted(Comparator.comparing(Enrolment::dualRegistration)).map(Enrolment::school).findFirst();
        return new PupilRef(pupil.id(), pupil.upn().value(), pupil.forename(), pupil.surname(), pupil.dateOfBirth(),
                pupil.yearGroup().code(), school.map(s -> s.laestab().value()).orElse(null),
                school.map(School::name).orElse(null), school.map(School::tradedServiceSubscriber).orElse(false),
                school.map(School::linkOfficer).orElse(null));
    }
}
