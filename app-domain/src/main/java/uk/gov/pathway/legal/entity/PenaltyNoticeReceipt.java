package uk.gov.pathway.legal.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * When a parent is taken to have received a penalty notice: by hand on the day it was handed over; by first class post
 * on the second working day after posting. Working days are Monday to Friday less bank holidays (school holidays are
 * working days).
 */
// Education (Penalty Notices) (England) Regulations 2007 as amended by SI 2024/210; spec/RULES.md "Receipt"
public final class PenaltyNoticeReceipt {

    /** Working days after posting on which a posted notice is received. */
    public static final int POST_WORKING_DAYS = 2;

    private final Set<LocalDate> bankHolidays;

    /** @param bankHolidays England's bank holidays, as the council's calendar lists them */
    public PenaltyNoticeReceipt(Set<LocalDate> bankHolidays) {
        if (bankHolidays == null) {
            throw new IllegalArgumentException("bankHolidays must be given (it may be empty)");
        }
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** The day the notice is received when served by {@code method} on {@code servedOn}. */
    public LocalDate receivedOn(PenaltyNoticeService method, LocalDate servedOn) {
        if (method == null || servedOn == null) {
            throw new IllegalArgumentException("A service needs its method (HAND or POST) and its day; got " + method
                    + " on " + servedOn);
        }
        if (method == PenaltyNoticeService.HAND) {
            return servedOn;
        }
        LocalDate day = servedOn;
        int counted = 0;
        while (counted < POST_WORKING_DAYS) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
