package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.SchoolTimeline;

/**
 * The deadline engine for a unit test of a module that asks for deadlines in school time: it counts them on the
 * calendar given, as {@link Deadlines#scheduleCounted} does, hands the dated ones to {@link #schedule} and records
 * those that would wait for the calendar (what, and why).
 */
public class CountingDeadlines extends Deadlines {

    private final SchoolCalendar calendar;
    public final List<String> waiting = new ArrayList<>();

    public CountingDeadlines(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<LocalDate> scheduleCounted(CountedDeadline wanted) {
        try {
            LocalDate due = wanted.timescale().dueFrom(wanted.from(), SchoolTimeline.ofCouncil(calendar));
            schedule(wanted.due(due));
            return Optional.of(due);
        } catch (IllegalArgumentException | IllegalStateException notCovered) {
            waiting.add(wanted.describe() + ": " + notCovered.getMessage());
            return Optional.empty();
        }
    }
}
