package uk.gov.pathway.registration.attendance;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national attendance and absence codes and what each counts as.
 *
 * <p>{@link #storageChar()} keeps a mark in one character: a single-character code is itself; the multi-character
 * codes map to characters no other code uses, not even in another case: Y1 to Y7 are '1' to '7', C1 is '8',
 * C2 is '9' and J1 is 'J'.
 */
// The School Attendance (Pupil Registration) (England) Regulations 2024, reg 10 and Schedule; spec/RULES.md
public enum AttendanceCode {

    PRESENT_AM("/", '/', Meaning.PRESENT, "Present (AM)"),
    PRESENT_PM("\\", '\\', Meaning.PRESENT, "Present (PM)"),
    LATE_BEFORE_REGISTER_CLOSED("L", 'L', Meaning.PRESENT, "Late, arrived before the register closed"),

    EDUCATION_ARRANGED_BY_LOCAL_AUTHORITY("K", 'K', Meaning.APPROVED_EDUCATIONAL_ACTIVITY,
            "Education arranged by the local authority"),
    EDUCATIONAL_VISIT_OR_TRIP("V", 'V', Meaning.APPROVED_EDUCATIONAL_ACTIVITY, "Educational visit or trip"),
    APPROVED_SPORTING_ACTIVITY("P", 'P', Meaning.APPROVED_EDUCATIONAL_ACTIVITY, "Approved sporting activity"),
    WORK_EXPERIENCE("W", 'W', Meaning.APPROVED_EDUCATIONAL_ACTIVITY, "Work experience"),
    OTHER_APPROVED_EDUCATIONAL_ACTIVITY("B", 'B', Meaning.APPROVED_EDUCATIONAL_ACTIVITY,
            "Any other approved educational activity"),

    DUAL_REGISTERED_AT_ANOTHER_SCHOOL("D", 'D', Meaning.NOT_POSSIBLE, "Attending another school (dual registered)"),

    REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD("C1", '8', Meaning.AUTHORISED_ABSENCE,
            "Regulated performance or employment abroad"),
    MEDICAL_OR_DENTAL_APPOINTMENT("M", 'M', Meaning.AUTHORISED_ABSENCE, "Medical or dental appointment"),
    INTERVIEW("J1", 'J', Meaning.AUTHORISED_ABSENCE, "Interview"),
    STUDY_LEAVE("S", 'S', Meaning.AUTHORISED_ABSENCE, "Study leave"),
    PART_TIME_TIMETABLE("C2", '9', Meaning.AUTHORISED_ABSENCE, "Part-time timetable"),
    EXCEPTIONAL_CIRCUMSTANCES("C", 'C', Meaning.AUTHORISED_ABSENCE, "Exceptional circumstances"),

    PARENT_TRAVELLING_FOR_OCCUPATIONAL_PURPOSES("T", 'T', Meaning.AUTHORISED_ABSENCE,
            "Parent travelling for occupational purposes"),
    RELIGIOUS_OBSERVANCE("R", 'R', Meaning.AUTHORISED_ABSENCE, "Religious observance"),
    ILLNESS("I", 'I', Meaning.AUTHORISED_ABSENCE, "Illness"),
    SUSPENDED_OR_EXCLUDED_WITHOUT_PROVISION("E", 'E', Meaning.AUTHORISED_ABSENCE,
            "Suspended or permanently excluded, no alternative provision"),

    NOT_OF_COMPULSORY_SCHOOL_AGE("X", 'X', Meaning.NOT_POSSIBLE, "Not of compulsory school age"),

    LACK_OF_ACCESS_ARRANGEMENTS("Q", 'Q', Meaning.NOT_POSSIBLE, "Lack of access arrangements"),
    TRANSPORT_NOT_AVAILABLE("Y1", '1', Meaning.NOT_POSSIBLE, "Transport not available"),
    WIDESPREAD_TRAVEL_DISRUPTION("Y2", '2', Meaning.NOT_POSSIBLE, "Widespread travel disruption"),
    PART_OF_PREMISES_CLOSED("Y3", '3', Meaning.NOT_POSSIBLE, "Part of premises closed"),
    WHOLE_SITE_UNEXPECTEDLY_CLOSED("Y4", '4', Meaning.NOT_POSSIBLE, "Whole site unexpectedly closed"),
    CRIMINAL_JUSTICE_DETENTION("Y5", '5', Meaning.NOT_POSSIBLE, "Criminal justice detention"),
    PUBLIC_HEALTH_GUIDANCE_OR_LAW("Y6", '6', Meaning.NOT_POSSIBLE, "Public health guidance or law"),
    OTHER_UNAVOIDABLE_CAUSE("Y7", '7', Meaning.NOT_POSSIBLE, "Any other unavoidable cause"),

    HOLIDAY_NOT_GRANTED("G", 'G', Meaning.UNAUTHORISED_ABSENCE, "Holiday not granted"),
    REASON_NOT_YET_ESTABLISHED("N", 'N', Meaning.UNAUTHORISED_ABSENCE, "Reason not yet established"),
    UNAUTHORISED_OTHER("O", 'O', Meaning.UNAUTHORISED_ABSENCE, "Absent in other or unknown circumstances"),
    LATE_AFTER_REGISTER_CLOSED("U", 'U', Meaning.UNAUTHORISED_ABSENCE, "Arrived after the register closed"),

    PROSPECTIVE_PUPIL_NOT_ON_ROLL("Z", 'Z', Meaning.NOT_POSSIBLE, "Prospective pupil not on roll"),
    PLANNED_WHOLE_SCHOOL_CLOSURE("#", '#', Meaning.NOT_POSSIBLE, "Planned whole-school closure");

    /** What a code counts as in the attendance figures. */
    public enum Meaning {
        PRESENT,
        APPROVED_EDUCATIONAL_ACTIVITY,
        /** Dual registered, not required to attend, unable to attend, or administrative: not a possible session. */
        NOT_POSSIBLE,
        AUTHORISED_ABSENCE,
        UNAUTHORISED_ABSENCE
    }

    private static final Map<String, AttendanceCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttendanceCode::code, Function.identity()));
    private static final Map<Character, AttendanceCode> BY_STORAGE_CHAR = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttendanceCode::storageChar, Function.identity()));

    private final String code;
    private final char storageChar;
    private final Meaning meaning;
    private final String description;

    AttendanceCode(String code, char storageChar, Meaning meaning, String description) {
        this.code = code;
        this.storageChar = storageChar;
        this.meaning = meaning;
        this.description = description;
    }

    /** Exact match, case-sensitive: codes are written exactly as in the regulations. */
    public static Optional<AttendanceCode> fromCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static AttendanceCode fromStorageChar(char storageChar) {
        AttendanceCode found = BY_STORAGE_CHAR.get(storageChar);
        if (found == null) {
            throw new IllegalArgumentException("No attendance code is stored as '" + storageChar + "'");
        }
        return found;
    }

    public String code() {
        return code;
    }

    public char storageChar() {
        return storageChar;
    }

    public Meaning meaning() {
        return meaning;
    }

    public String description() {
        return description;
    }

    public boolean isPossibleSession() {
        return meaning != Meaning.NOT_POSSIBLE;
    }

    /** Present or at an approved educational activity. */
    public boolean countsAsAttendance() {
        return meaning == Meaning.PRESENT || meaning == Meaning.APPROVED_EDUCATIONAL_ACTIVITY;
    }

    public boolean isAuthorisedAbsence() {
        return meaning == Meaning.AUTHORISED_ABSENCE;
    }

    public boolean isUnauthorisedAbsence() {
        return meaning == Meaning.UNAUTHORISED_ABSENCE;
    }
}
