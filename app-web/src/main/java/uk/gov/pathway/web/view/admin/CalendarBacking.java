package uk.gov.pathway.web.view.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.TermPeriod;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** The administrator keeps the council's school calendar: academic years, half terms, bank holidays, closures. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] HALF_TERMS = {"Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2"};

    /** One half term as the form edits it. */
    public static class PeriodRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String start;
        private String end;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    @EJB
    SchoolCalendarService calendar;

    private List<AcademicYear> years = List.of();
    private Integer startYear;
    private final List<PeriodRow> periods = new ArrayList<>();
    private String bankHolidays;
    private String closureDays;

    @PostConstruct
    void load() {
        years = calendar.calendar().academicYears();
        blank();
    }

    /** Puts a year into the form for correction. */
    public void edit(AcademicYear year) {
        startYear = year.start().getYear();
        periods.clear();
        for (TermPeriod period : year.periods()) {
            PeriodRow row = new PeriodRow();
            row.setName(period.name());
            row.setStart(period.start().toString());
            row.setEnd(period.end().toString());
            periods.add(row);
        }
        bankHolidays = dates(year.bankHolidays());
        closureDays = dates(year.closureDays());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (startYear == null) {
                throw new IllegalArgumentException("Enter the year the academic year starts in, for example 2027");
            }
            List<TermPeriod> terms = new ArrayList<>();
            for (PeriodRow row : periods) {
                if (row.getStart() != null && !row.getStart().isBlank()) {
                    terms.add(new TermPeriod(row.getName(), date(row.getName() + " start", row.getStart()),
                            date(row.getName() + " end", row.getEnd())));
                }
            }
            String label = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
            AcademicYear year = new AcademicYear(label, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31),
                    terms, dateSet("Bank holidays", bankHolidays), dateSet("Closure days", closureDays));
            calendar.save(year);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Academic year " + label + " is saved", null));
            years = calendar.calendar().academicYears();
            blank();
        } catch (IllegalArgumentException | InvalidInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    private void blank() {
        startYear = null;
        periods.clear();
        for (String name : HALF_TERMS) {
            PeriodRow row = new PeriodRow();
            row.setName(name);
            periods.add(row);
        }
        bankHolidays = "";
        closureDays = "";
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date written YYYY-MM-DD; got '" + text + "'");
        }
    }

    private static Set<LocalDate> dateSet(String field, String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isBlank()).map(t -> date(field, t))
                .collect(Collectors.toSet());
    }

    private static String dates(Set<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    public List<AcademicYear> getYears() {
        return years;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public String getBankHolidays() {
        return bankHolidays;
    }

    public void setBankHolidays(String bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    public String getClosureDays() {
        return closureDays;
    }

    public void setClosureDays(String closureDays) {
        this.closureDays = closureDays;
    }
}
