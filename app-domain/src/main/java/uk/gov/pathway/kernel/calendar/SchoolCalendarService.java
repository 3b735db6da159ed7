package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.audit.AuditEvent;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** The council's school calendar: read by every rule that counts school weeks, kept by the administrator. */
@Stateless
@PermitAll
public class SchoolCalendarService {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    /** A change of the calendar moves every due date: kept in the audit trail with what was before and after. */
    @Inject
    Event<AuditEvent> audit;

    /** Deadlines waiting for a year beyond the calendar are counted again in the same transaction. */
    @Inject
    Event<SchoolCalendarChanged> changed;

    @Inject
    CalendarCache cache;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Marks a transaction that has changed the calendar: it reads its own changes, and they are never cached. */
    private static final String CHANGED = SchoolCalendarService.class.getName() + ".changed";

    /**
     * The council's calendar. The stored years are stamped (how many, and the sum of their versions) in one query; the
     * years with their half terms and days are read again only when the stamp has changed. A transaction that has
     * changed the calendar reads it afresh and does not cache what it has not committed.
     */
    public SchoolCalendar calendar() {
        if (transaction.getTransactionKey() != null && transaction.getResource(CHANGED) != null) {
            return read();
        }
        Object[] row = em.createQuery("select count(y), coalesce(sum(y.version), 0) from CalendarYear y",
                Object[].class).getSingleResult();
        CalendarCache.Stamp stamp = new CalendarCache.Stamp(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue());
        SchoolCalendar cached = cache.get(stamp);
        if (cached == null) {
            cached = read();
            cache.put(stamp, cached);
        }
        return cached;
    }

    private SchoolCalendar read() {
        return new SchoolCalendar(em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultList().stream()
                .map(CalendarYear::toAcademicYear).toList());
    }

    /** One school's days that differ from the council calendar (INSET days, extra closures or openings). */
    public SchoolDayExceptions exceptionsFor(long schoolId) {
        Set<LocalDate> closed = new HashSet<>();
        Set<LocalDate> open = new HashSet<>();
        List<?> rows = em.createNativeQuery("select calendar_day, is_open from school_calendar_exception where school_id = ?")
                .setParameter(1, schoolId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate day = columns[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) columns[0];
            (Boolean.TRUE.equals(columns[1]) ? open : closed).add(day);
        }
        return closed.isEmpty() && open.isEmpty() ? SchoolDayExceptions.NONE : new SchoolDayExceptions(closed, open);
    }

    /**
     * Replaces one school's own days (closures such as INSET days, and extra open days) inside the academic year that
     * contains them; a day cannot be both, and every day must fall inside a configured academic year.
     */
    @RolesAllowed({Roles.ADMIN})
    public void saveExceptions(long schoolId, SchoolDayExceptions exceptions) {
        SchoolDayExceptions before = exceptionsFor(schoolId);
        SchoolCalendar calendar = calendar();
        for (LocalDate day : exceptions.extraClosures()) {
            requireConfigured(calendar, "closures", day);
        }
        for (LocalDate day : exceptions.extraOpenDays()) {
            requireConfigured(calendar, "openDays", day);
        }
        em.createNativeQuery("delete from school_calendar_exception where school_id = ?").setParameter(1, schoolId)
                .executeUpdate();
        for (LocalDate day : exceptions.extraClosures()) {
            insertException(schoolId, day, false);
        }
        for (LocalDate day : exceptions.extraOpenDays()) {
            insertException(schoolId, day, true);
        }
        audit.fire(AuditEvent.change(null, "school calendar exceptions of school " + schoolId, describe(before)
                + " -> " + describe(exceptions)));
    }

    private static String describe(SchoolDayExceptions exceptions) {
        return "closures " + new java.util.TreeSet<>(exceptions.extraClosures()) + ", open days "
                + new java.util.TreeSet<>(exceptions.extraOpenDays());
    }

    private static String describe(AcademicYear year) {
        return year.start() + ".." + year.end() + ", periods " + year.periods().stream()
                .map(p -> p.name() + " " + p.start() + ".." + p.end()).toList() + ", bank holidays "
                + new java.util.TreeSet<>(year.bankHolidays()) + ", closures " + new java.util.TreeSet<>(year.closureDays());
    }

    private void insertException(long schoolId, LocalDate day, boolean open) {
        em.createNativeQuery("insert into school_calendar_exception (school_id, calendar_day, is_open) values (?, ?, ?)")
                .setParameter(1, schoolId).setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, open).executeUpdate();
    }

    private static void requireConfigured(SchoolCalendar calendar, String field, LocalDate day) {
        if (!calendar.isConfigured(day)) {
            throw new InvalidInputException(field, day + " is outside every academic year in the council's school calendar");
        }
    }

    /** Adds the year, or replaces the year with the same label; refuses one that overlaps another year. */
    @RolesAllowed({Roles.ADMIN})
    public void save(AcademicYear year) {
        List<CalendarYear> years = em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultList();
        for (CalendarYear other : years) {
            AcademicYear existing = other.toAcademicYear();
            boolean overlaps = !year.end().isBefore(existing.start()) && !year.start().isAfter(existing.end());
            if (!other.label().equals(year.label()) && overlaps) {
                throw new InvalidInputException("start", "Academic year " + year.label() + " overlaps " + existing.label()
                        + " (" + existing.start() + " to " + existing.end() + ")");
            }
        }
        String before = years.stream().filter(y -> y.label().equals(year.label())).findFirst()
                .map(y -> describe(y.toAcademicYear())).orElse("none");
        transaction.putResource(CHANGED, Boolean.TRUE);
        // A corrected year's version goes up even when only its half terms or days changed: the calendar's stamp.
        years.stream().filter(y -> y.label().equals(year.label())).findFirst().ifPresentOrElse(y -> {
            y.replaceWith(year);
            em.lock(y, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }, () -> em.persist(new CalendarYear(year)));
        audit.fire(AuditEvent.change(null, "school calendar " + year.label(), before + " -> " + describe(year)));
        em.flush();
        changed.fire(new SchoolCalendarChanged(year.label()));
    }
}
