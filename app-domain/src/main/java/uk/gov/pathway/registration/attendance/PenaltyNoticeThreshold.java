package uk.gov.pathway.registration.attendance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.kernel.calendar.SchoolWeeks;

/**
 * The national threshold for considering a penalty notice: 10 sessions of unauthorised absence (G, N, O, U) within a
 * rolling period of 10 school weeks, which may span terms and academic years.
 */
// The Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210), from 19 August 2024
public final class PenaltyNoticeThreshold {

    public static final int SESSIONS = 10;
    public static final int SCHOOL_WEEKS = 10;

    private static final Comparator<Mark> BY_DATE_THEN_SESSION =
            Comparator.comparing(Mark::date).thenComparing(Mark::session);

    /**
     * Whether the threshold is met on {@code asOf}: {@code windowStart} is the Monday of the earliest school week in
     * the window (or {@code asOf} when there is none), {@code windowEnd} is {@code asOf}, and {@code sessions} are the
     * unauthorised absences counted, by date and AM before PM.
     */
    public record Evaluation(LocalDate asOf, boolean met, LocalDate windowStart, LocalDate windowEnd,
            int schoolWeeksInWindow, int unauthorisedSessionsInWindow, List<Mark> sessions) implements Serializable {

        public Evaluation {
            if (asOf == null || windowStart == null || windowEnd == null || sessions == null
                    || sessions.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("An evaluation needs asOf, a window and its sessions; got asOf "
                        + asOf + ", window " + windowStart + " to " + windowEnd + ", sessions " + sessions);
            }
            if (unauthorisedSessionsInWindow != sessions.size()) {
                throw new IllegalArgumentException("unauthorisedSessionsInWindow must be the number of sessions ("
                        + sessions.size() + "); got " + unauthorisedSessionsInWindow);
            }
            if (met != (unauthorisedSessionsInWindow >= SESSIONS)) {
                throw new IllegalArgumentException("met must be true exactly when there are " + SESSIONS
                        + " or more sessions; got met " + met + " with " + unauthorisedSessionsInWindow);
            }
            sessions = List.copyOf(sessions);
        }
    }

    private PenaltyNoticeThreshold() {
    }

    /**
     * Evaluates the threshold on {@code asOf} for one pupil's marks at a school whose session days are {@code days};
     * {@code earliest} is the first day of the first configured academic year, before which no week is looked for.
     */
    public static Evaluation evaluate(Collection<Mark> marks, LocalDate asOf, SchoolDays days, LocalDate earliest) {
        if (marks == null || marks.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("marks must be a collection of marks; got " + marks);
        }
        if (asOf == null || days == null || earliest == null) {
            throw new IllegalArgumentException("asOf, days and earliest must be given; got asOf " + asOf + ", days "
                    + days + ", earliest " + earliest);
        }
        requireOneMarkPerSession(marks);
        List<LocalDate> weeks = SchoolWeeks.lastSchoolWeeks(asOf, SCHOOL_WEEKS, days, earliest);
        Set<LocalDate> weekMondays = new HashSet<>(weeks);
        // A mark counts only inside one of the school weeks, so a stray mark in a week without sessions never does.
        List<Mark> counted = marks.stream()
                .distinct()
                .filter(mark -> mark.code().isUnauthorisedAbsence())
                .filter(mark -> !mark.date().isAfter(asOf))
                .filter(mark -> weekMondays.contains(SchoolWeeks.weekStart(mark.date())))
                .sorted(BY_DATE_THEN_SESSION)
                .toList();
        LocalDate windowStart = weeks.isEmpty() ? asOf : weeks.get(0);
        return new Evaluation(asOf, counted.size() >= SESSIONS, windowStart, asOf, weeks.size(), counted.size(),
                counted);
    }

    // Two different codes for one session are a register error: counting either could be wrong, so refuse both.
    private static void requireOneMarkPerSession(Collection<Mark> marks) {
        Map<String, Mark> bySession = new HashMap<>();
        for (Mark mark : marks) {
            Mark other = bySession.putIfAbsent(mark.date() + "/" + mark.session(), mark);
            if (other != null && other.code() != mark.code()) {
                throw new IllegalArgumentException("A session can have only one mark; got " + other.code().code()
                        + " and " + mark.code().code() + " for " + mark.date() + "/" + mark.session());
            }
        }
    }
}
