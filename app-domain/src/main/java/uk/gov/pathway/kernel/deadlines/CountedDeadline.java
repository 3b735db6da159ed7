package uk.gov.pathway.kernel.deadlines;

import java.time.LocalDate;

/**
 * A deadline a module asks for in school time: its due date is counted on the council's school calendar, {@code
 * timescale} from {@code from}. Where the calendar does not reach that far yet, the deadline waits for the academic
 * year to be added ({@link Deadlines#scheduleCounted}).
 *
 * @param kind        a code such as AIM_REVIEW, as {@link NewDeadline#kind}
 * @param title       what is due, as the owner reads it in their inbox
 * @param subjectType what it is about, e.g. "case"
 * @param subjectId   the id of that thing
 * @param pupilId     the child it concerns, or null
 * @param owner       the user name of who must act
 * @param timescale   how the due date follows from {@code from}, e.g. 6 school weeks
 * @param from        the day counting starts from
 */
public record CountedDeadline(String kind, String title, String subjectType, long subjectId, Long pupilId, String owner,
                              Timescale timescale, LocalDate from) {

    /** The deadline, dated. */
    public NewDeadline due(LocalDate dueDate) {
        return new NewDeadline(kind, title, subjectType, subjectId, pupilId, owner, dueDate);
    }

    /** What the administrator's task names, e.g. "Case 7: AIM review (6 SCHOOL_WEEKS from 2027-06-01)". */
    String describe() {
        return title + " (" + timescale + " from " + from + ")";
    }
}
