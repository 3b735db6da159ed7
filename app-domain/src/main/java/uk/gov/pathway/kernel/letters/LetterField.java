package uk.gov.pathway.kernel.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.pathway.kernel.problem.InputProblem;

/**
 * The placeholders a letter template may use, written {{key}} in its body. The caller that asks for a letter (the
 * case) gives their values; Pathway fills in {@code today} itself when the caller leaves it out. The examples are
 * fictional and fill the administrator's preview.
 */
public enum LetterField {
    TODAY("today", "The date of the letter (Pathway fills it in)", "23 November 2026"),
    COUNCIL_NAME("council.name", "The council's name", "Example County Council"),
    COUNCIL_ADDRESS("council.address", "The School Attendance Service's postal address",
            "School Attendance Service\nCounty Hall, 1 Sample Street\nExampletown EX1 1AA"),
    CASE_REFERENCE("case.reference", "The case's reference", "SAS-2026-0042"),
    CARER_NAME("carer.name", "The parent or carer the letter is to", "Alex Kestrel"),
    CARER_ADDRESS("carer.address", "The parent's or carer's postal address", "12 Sample Road\nExampletown EX2 2BB"),
    CHILD_NAME("child.name", "The child's full name", "Rowan Kestrel"),
    CHILD_DATE_OF_BIRTH("child.dateOfBirth", "The child's date of birth", "4 March 2015"),
    SCHOOL_NAME("school.name", "The school the child is on roll at", "Riverside Primary School"),
    ATTENDANCE_PERCENT("attendance.percent", "Attendance over the period, a percentage without the % sign", "84.2"),
    ATTENDANCE_FROM("attendance.from", "First day of the attendance period", "1 September 2026"),
    ATTENDANCE_TO("attendance.to", "Last day of the attendance period", "20 November 2026"),
    ATTENDANCE_UNAUTHORISED("attendance.unauthorisedSessions", "Sessions missed without permission over the period", "14"),
    OFFICER_NAME("officer.name", "The officer who signs the letter", "Jordan Example"),
    OFFICER_PHONE("officer.phone", "The officer's telephone number", "01632 960 123"),
    OFFICER_EMAIL("officer.email", "The officer's e-mail address", "attendance@example.org"),
    MEETING_DATE("meeting.date", "Date of the meeting the letter invites to", "Tuesday 8 December 2026"),
    MEETING_TIME("meeting.time", "Time of the meeting", "9:30am"),
    MEETING_PLACE("meeting.place", "Place of the meeting", "Riverside Primary School, meeting room 2"),
    NOTICE_REFERENCE("notice.reference", "The penalty notice's reference, quoted when paying", "PN-1050"),
    NOTICE_ISSUED_ON("notice.issuedOn", "The day the penalty notice was issued", "2 October 2026"),
    NOTICE_RECEIVED_ON("notice.receivedOn", "The day the parent is taken to have received the notice",
            "5 October 2026"),
    NOTICE_AMOUNTS("notice.amounts", "What the notice costs and by when",
            "£80 by 25 October 2026, or £160 by 1 November 2026"),
    NOTICE_FULL_BY("notice.fullBy", "The last day on which the notice can be paid", "1 November 2026"),
    NOTICE_SESSIONS("notice.sessions", "The sessions of absence the notice covers",
            "Monday 14 September 2026 morning, Monday 14 September 2026 afternoon"),
    NOTICE_HOW_TO_PAY("notice.howToPay", "How to pay (the council's setting pathway.penalty-notices.how-to-pay)",
            "Pay online or by telephone, quoting the reference"),
    NOTICE_WITHDRAWAL_GROUND("notice.withdrawalGround", "Why the notice was withdrawn",
            "the notice contains a material error"),
    NOTICE_REFUND("notice.refund", "What is refunded on a withdrawn notice", "£80"),
    IMPROVEMENT_FROM("improvement.from", "First day of a notice to improve's improvement period", "5 October 2026"),
    IMPROVEMENT_TO("improvement.to", "Last day of the improvement period", "2 November 2026"),
    IMPROVEMENT_WEEKS("improvement.weeks", "The improvement period in school weeks", "4");

    /** What a letter shows where the caller gave no value: a visible gap for the officer to notice, never a blank. */
    public static final String NOT_RECORDED = "[not recorded]";

    private final String key;
    private final String description;
    private final String example;

    LetterField(String key, String description, String example) {
        this.key = key;
        this.description = description;
        this.example = example;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }

    /** The placeholder as a template writes it, e.g. {{child.name}}. */
    public String placeholder() {
        return "{{" + key + "}}";
    }

    public static Optional<LetterField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Every key, for messages that list them. */
    public static String keys() {
        return Arrays.stream(values()).map(LetterField::key).collect(Collectors.joining(", "));
    }

    /** One problem for each placeholder that is not a letter field, naming it and its line. */
    public static List<InputProblem> unknownIn(List<Placeholder> placeholders) {
        List<InputProblem> problems = new ArrayList<>();
        for (Placeholder placeholder : placeholders) {
            if (byKey(placeholder.name()).isEmpty()) {
                problems.add(InputProblem.atLine(placeholder.line(), "body", "Line " + placeholder.line() + ": {{"
                        + placeholder.name() + "}} is not a placeholder Pathway can fill in; use one of the placeholders"
                        + " listed with the template"));
            }
        }
        return problems;
    }
}
