package uk.gov.pathway.casework.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.kernel.deadlines.StaffDirectory;
import uk.gov.pathway.kernel.letters.LetterField;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * The values a case's letter is filled with, read from the records at the moment it is made: the council, the case,
 * the child and the parent the letter is to, their school, attendance this academic year to date, the officer who
 * signs it and the meeting it invites to. A value the records do not hold is left out, so the letter shows
 * {@value LetterField#NOT_RECORDED} where it belongs and the officer sees the gap before sending.
 */
@Dependent
public class CaseLetterFields {

    /** The council's name as letters print it: this system property, else the environment's PATHWAY_COUNCIL_NAME. */
    public static final String COUNCIL_NAME = "pathway.council.name";

    /**
     * The School Attendance Service's postal address, lines separated by "|": this system property, else the
     * environment's PATHWAY_COUNCIL_ADDRESS.
     */
    public static final String COUNCIL_ADDRESS = "pathway.council.address";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MEETING_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The meeting a letter invites to (an AIM invitation); any part may be left out. */
    public record Meeting(LocalDate date, String time, String place) {
    }

    @EJB
    Families families;

    @EJB
    AttendanceRecord attendance;

    @EJB
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = COUNCIL_NAME)
    Optional<String> councilName = Optional.empty();

    @Inject
    @ConfigProperty(name = COUNCIL_ADDRESS)
    Optional<String> councilAddress = Optional.empty();

    /** The fields for a letter about {@code child} on case {@code c}, signed by the case's officer (else {@code caller}). */
    public Map<String, String> of(CaseFile c, PupilRef child, String caller, Meeting meeting) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, LetterField.COUNCIL_NAME, councilName.orElse(null));
        String address = councilAddress.orElse(null);
        put(fields, LetterField.COUNCIL_ADDRESS, address == null ? null : address.replace("|", "\n"));
        put(fields, LetterField.CASE_REFERENCE, String.valueOf(c.id()));
        put(fields, LetterField.CHILD_NAME, child.name());
        put(fields, LetterField.CHILD_DATE_OF_BIRTH, child.dateOfBirth() == null ? null : DAY.format(child.dateOfBirth()));
        put(fields, LetterField.SCHOOL_NAME, child.schoolName());

        UniquePupilNumber upn = UniquePupilNumber.of(child.upn());
        carerOf(upn).ifPresent(carer -> {
            put(fields, LetterField.CARER_NAME, carer.forename() + " " + carer.surname());
            put(fields, LetterField.CARER_ADDRESS, postal(carer));
        });

        LocalDate today = LocalDate.now(clock);
        var figures = attendance.figures(upn, null, today);
        AttendanceFigures f = figures.figures();
        if (f.possibleSessions() > 0) {
            put(fields, LetterField.ATTENDANCE_PERCENT, f.attendancePercent().toPlainString());
            put(fields, LetterField.ATTENDANCE_FROM, DAY.format(figures.from()));
            put(fields, LetterField.ATTENDANCE_TO, DAY.format(figures.to()));
            put(fields, LetterField.ATTENDANCE_UNAUTHORISED, String.valueOf(f.unauthorisedAbsenceSessions()));
        }

        StaffDirectory.Contact officer = staff.contactOf(c.officer() != null ? c.officer() : caller);
        put(fields, LetterField.OFFICER_NAME, officer.fullName());
        put(fields, LetterField.OFFICER_PHONE, officer.phone());
        put(fields, LetterField.OFFICER_EMAIL, officer.email());

        if (meeting != null) {
            put(fields, LetterField.MEETING_DATE, meeting.date() == null ? null : MEETING_DAY.format(meeting.date()));
            put(fields, LetterField.MEETING_TIME, meeting.time());
            put(fields, LetterField.MEETING_PLACE, meeting.place());
        }
        return fields;
    }

    /**
     * Whom a letter is to: a carer with parental responsibility the child lives with, else one with parental
     * responsibility, else any carer recorded; the first recorded of equals.
     */
    Optional<Families.CarerView> carerOf(UniquePupilNumber upn) {
        return families.family(upn).carers().stream()
                .min(Comparator.comparingInt(CaseLetterFields::preference));
    }

    static int preference(Families.CarerView carer) {
        if (carer.parentalResponsibility() && carer.livesWith()) {
            return 0;
        }
        return carer.parentalResponsibility() ? 1 : 2;
    }

    /** The carer's address as an envelope shows it: the address lines, then the postcode. */
    static String postal(Families.CarerView carer) {
        String address = carer.address() == null ? "" : carer.address().strip().replaceAll("\\s*,\\s*", "\n");
        String postcode = carer.postcode() == null ? "" : carer.postcode().strip();
        String both = (address + "\n" + postcode).strip();
        return both.isEmpty() ? null : both;
    }

    private static void put(Map<String, String> fields, LetterField field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field.key(), value.strip());
        }
    }
}
