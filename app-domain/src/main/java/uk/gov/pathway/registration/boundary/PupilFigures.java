package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import uk.gov.pathway.registration.attendance.AttendanceFigures;

/** A pupil's attendance figures over a period (GET /pupils/{upn}/attendance). */
public record PupilFigures(String upn, LocalDate from, LocalDate to, AttendanceFigures figures) implements Serializable {
}
