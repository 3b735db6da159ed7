package uk.gov.pathway.kernel.calendar;

import java.time.LocalDate;

/** Whether one school holds sessions on a date. */
@FunctionalInterface
public interface SchoolDays {

    boolean isSessionDay(LocalDate date);
}
