package uk.gov.pathway.registration.attendance;

import java.io.Serializable;
import java.time.LocalDate;

/** The code a pupil's register holds for one session on one date. */
public record Mark(LocalDate date, Session session, AttendanceCode code) implements Serializable {

    public Mark {
        if (date == null || session == null || code == null) {
            throw new IllegalArgumentException("A mark needs a date, a session and a code; got date " + date
                    + ", session " + session + ", code " + code);
        }
    }
}
