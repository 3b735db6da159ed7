package uk.gov.pathway.kernel.deadlines;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A task as its owner and the manager read it; {@code overdue} when still open after its due date. */
public record TaskView(long id, String owner, String kind, String title, String detail, String subjectType,
                       long subjectId, Long pupilId, Long deadlineId, LocalDate dueDate, Instant createdAt,
                       Instant doneAt, String doneBy, boolean overdue) implements Serializable {

    static TaskView of(Task t, LocalDate today) {
        return new TaskView(t.id(), t.owner(), t.kind(), t.title(), t.detail(), t.subjectType(), t.subjectId(),
                t.pupilId(), t.deadlineId(), t.dueDate(), t.createdAt(), t.doneAt(), t.doneBy(), t.isOverdue(today));
    }

    public boolean open() {
        return doneAt == null;
    }
}
