package uk.gov.pathway.legal.orders.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The School Attendance Order procedure in force on a day (Education Act 1996 s437-s443; spec/RULES.md): how many days
 * the parent has after the s437(1) notice to show that the child receives suitable education, and after the s438
 * notice to choose another school. Parliament changed the steps in 2026, so the council keeps each procedure with the
 * day it came into force, and a case's steps are keyed by the day its procedure began (the s437 notice's date): a
 * procedure begun under the old rules finishes under them.
 *
 * @param inForceFrom the first day on which a procedure begun follows these periods
 * @param s437Days    days, beginning with the day of service, to answer the s437(1) notice
 * @param s438Days    days, beginning with the day of service, to choose another school after the s438 notice
 */
public record SaoProcedure(String code, LocalDate inForceFrom, int s437Days, int s438Days) {

    public SaoProcedure {
        if (s437Days < 1 || s438Days < 1) {
            throw new IllegalArgumentException("A period is at least one day");
        }
    }

    /** The procedure in force on {@code began}: the latest one in force from that day or before. */
    public static SaoProcedure inForceOn(List<SaoProcedure> procedures, LocalDate began) {
        return procedures.stream().filter(p -> !p.inForceFrom().isAfter(began))
                .max(Comparator.comparing(SaoProcedure::inForceFrom))
                .orElseThrow(() -> new IllegalArgumentException("No School Attendance Order procedure was in force on "
                        + began));
    }

    /** The last day of the s437(1) notice's period: {@code s437Days} days beginning with the day it was served. */
    public LocalDate s437PeriodEnds(LocalDate servedOn) {
        return periodEnds(servedOn, s437Days);
    }

    /** The last day of the s438 notice's period. */
    public LocalDate s438PeriodEnds(LocalDate servedOn) {
        return periodEnds(servedOn, s438Days);
    }

    /** "N days beginning with the day of service": the day of service is day 1. */
    static LocalDate periodEnds(LocalDate servedOn, int days) {
        if (servedOn == null) {
            throw new IllegalArgumentException("A period runs from the day the notice was served");
        }
        return servedOn.plusDays(days - 1L);
    }
}
