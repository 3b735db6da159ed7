package uk.gov.pathway.registration.attendance;

import java.math.BigDecimal;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

// spec/RULES.md "Absence bands", local defaults from the councils' guidance: early identification below 95 %
// attendance, educational neglect indicator at 75 % or below. Configurable per council (MicroProfile Config).
/** The council's own attendance thresholds, beside the national bands. */
public record LocalThresholds(BigDecimal earlyIdentificationBelow, BigDecimal neglectIndicatorAtOrBelow) {

    public static LocalThresholds configured() {
        Config config = ConfigProvider.getConfig();
        return new LocalThresholds(
                config.getOptionalValue("pathway.threshold.early-identification-below", BigDecimal.class)
                        .orElse(BigDecimal.valueOf(95)),
                config.getOptionalValue("pathway.threshold.neglect-indicator-at-or-below", BigDecimal.class)
                        .orElse(BigDecimal.valueOf(75)));
    }

    public boolean earlyIdentification(AttendanceFigures figures) {
        return figures.possibleSessions() > 0 && figures.attendancePercent().compareTo(earlyIdentificationBelow) < 0;
    }

    public boolean neglectIndicator(AttendanceFigures figures) {
        return figures.possibleSessions() > 0 && figures.attendancePercent().compareTo(neglectIndicatorAtOrBelow) <= 0;
    }
}
