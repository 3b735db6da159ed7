package uk.gov.pathway.kernel.deadlines;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline as other modules and screens read it. */
public record DeadlineView(long id, String kind, String title, String subjectType, long subjectId, Long pupilId,
                           String owner, LocalDate dueDate, DeadlineStatus status, Instant firedAt, Instant escalatedAt,
                           Instant closedAt) implements Serializable {

    static DeadlineView of(Deadline d) {
        return new DeadlineView(d.id(), d.kind(), d.title(), d.subjectType(), d.subjectId(), d.pupilId(), d.owner(),
                d.dueDate(), d.status(), d.firedAt(), d.escalatedAt(), d.closedAt());
    }
}
