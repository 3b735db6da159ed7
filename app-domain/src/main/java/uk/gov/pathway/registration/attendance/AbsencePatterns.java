package uk.gov.pathway.registration.attendance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

// PRODUCT.md, Registration: trends and patterns of absence (number, duration and frequency of spells, day of week).
/**
 * How a pupil's absence falls: spells (runs of absent possible sessions in register order, not broken by sessions that
 * were not possible, such as closures) and the share of sessions missed on each weekday.
 */
public record AbsencePatterns(int spells, int longestSpellSessions, BigDecimal averageSpellSessions,
                              Map<DayOfWeek, BigDecimal> absencePercentByWeekday) implements Serializable {

    public static AbsencePatterns of(Collection<Mark> marks) {
        List<Mark> ordered = marks.stream().filter(m -> m.code().isPossibleSession())
                .sorted(Comparator.comparing(Mark::date).thenComparing(Mark::session)).toList();
        int spells = 0;
        int longest = 0;
        int absentSessions = 0;
        int run = 0;
        Map<DayOfWeek, int[]> weekdays = new EnumMap<>(DayOfWeek.class);
        for (Mark mark : ordered) {
            boolean absent = mark.code().isAuthorisedAbsence() || mark.code().isUnauthorisedAbsence();
            int[] counts = weekdays.computeIfAbsent(mark.date().getDayOfWeek(), d -> new int[2]);
            counts[0]++;
            if (absent) {
                counts[1]++;
                absentSessions++;
                if (run == 0) {
                    spells++;
                }
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        Map<DayOfWeek, BigDecimal> percent = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach((day, counts) -> percent.put(day, BigDecimal.valueOf(100L * counts[1])
                .divide(BigDecimal.valueOf(counts[0]), 1, RoundingMode.HALF_UP)));
        BigDecimal average = spells == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(absentSessions).divide(BigDecimal.valueOf(spells), 1, RoundingMode.HALF_UP);
        return new AbsencePatterns(spells, longest, average, Map.copyOf(percent));
    }
}
