package uk.gov.pathway.registration.attendance;

import java.math.BigDecimal;

// spec/RULES.md "Absence bands", local defaults from the councils' guidance: early identification below 95 %
// attendance, educational neglect indicator at 75 % or below. Configurable per council (system properties).
/** The council's own attendance thresholds, beside the national bands. */
public record LocalThresholds(BigDecimal earlyIdentificationBelow, BigDecimal neglectIndicatorAtOrBelow) {

    public static LocalThresholds configured() {
        return new LocalThresholds(
                new BigDecimal(System.getProperty("pathway.threshold.early-identification-below", "95")),
                new BigDecimal(System.getProperty("pathway.threshold.neglect-indicator-at-or-below", "75")));
    }

    public boolean earlyIdentification(AttendanceFigures figures) {
        return figures.possibleSessions() > 0 && figures.attendancePercent().compareTo(earlyIdentificationBelow) < 0;
    }

    public boolean neglectIndicator(AttendanceFigures figures) {
        return figures.possibleSessions() > 0 && figures.attendancePercent().compareTo(neglectIndicatorAtOrBelow) <= 0;
    }
}
