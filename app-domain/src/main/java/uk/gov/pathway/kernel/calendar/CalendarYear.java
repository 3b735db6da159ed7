package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One academic year of the council's school calendar as stored; {@link #toAcademicYear()} gives the rule object. */
@Entity
@Table(name = "academic_year")
@NamedQuery(name = CalendarYear.ALL, query = "select y from CalendarYear y order by y.startDate")
@NamedQuery(name = CalendarYear.BY_LABEL, query = "select y from CalendarYear y where y.label = :label")
public class CalendarYear {

    public static final String ALL = "CalendarYear.all";
    public static final String BY_LABEL = "CalendarYear.byLabel";

    @Embeddable
    public static class Period {
        @Column(name = "name", nullable = false, length = 40)
        String name;
        @Column(name = "start_date", nullable = false)
        LocalDate startDate;
        @Column(name = "end_date", nullable = false)
        LocalDate endDate;

        protected Period() {
        }

        Period(TermPeriod period) {
            name = period.name();
            startDate = period.start();
            endDate = period.end();
        }
    }

    @Embeddable
    public static class Day {
        @Column(name = "calendar_day", nullable = false)
        LocalDate day;
        @Column(name = "kind", nullable = false, length = 20)
        String kind;
        @Column(name = "description", length = 100)
        String description;

        protected Day() {
        }

        Day(LocalDate day, String kind) {
            this.day = day;
            this.kind = kind;
        }
    }

    private static final String BANK_HOLIDAY = "BANK_HOLIDAY";
    private static final String CLOSURE = "CLOSURE";

    @Id
    @SequenceGenerator(name = "academic_year_seq", sequenceName = "academic_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "academic_year_seq")
    private Long id;

    @Column(name = "label", nullable = false, unique = true, length = 7)
    private String label;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "academic_year_period", joinColumns = @JoinColumn(name = "academic_year_id"))
    @OrderColumn(name = "seq")
    private List<Period> periods = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "academic_year_day", joinColumns = @JoinColumn(name = "academic_year_id"))
    private List<Day> days = new ArrayList<>();

    @Version
    private long version;

    protected CalendarYear() {
    }

    public CalendarYear(AcademicYear year) {
        this.label = year.label();
        replaceWith(year);
    }

    /** Takes a corrected version of the year (same label). */
    public final void replaceWith(AcademicYear year) {
        if (!year.label().equals(label)) {
            throw new IllegalArgumentException("Academic year " + year.label() + " cannot replace " + label);
        }
        startDate = year.start();
        endDate = year.end();
        periods.clear();
        year.periods().forEach(p -> periods.add(new Period(p)));
        days.clear();
        year.bankHolidays().stream().sorted().forEach(d -> days.add(new Day(d, BANK_HOLIDAY)));
        year.closureDays().stream().sorted().forEach(d -> days.add(new Day(d, CLOSURE)));
    }

    public AcademicYear toAcademicYear() {
        Set<LocalDate> bankHolidays = new HashSet<>();
        Set<LocalDate> closures = new HashSet<>();
        for (Day day : days) {
            (BANK_HOLIDAY.equals(day.kind) ? bankHolidays : closures).add(day.day);
        }
        return new AcademicYear(label, startDate, endDate,
                periods.stream().map(p -> new TermPeriod(p.name, p.startDate, p.endDate)).toList(), bankHolidays, closures);
    }

    public String label() {
        return label;
    }
}
