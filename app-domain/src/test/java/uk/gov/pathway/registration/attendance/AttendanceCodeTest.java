package uk.gov.pathway.registration.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.pathway.registration.attendance.AttendanceCode.Meaning.APPROVED_EDUCATIONAL_ACTIVITY;
import static uk.gov.pathway.registration.attendance.AttendanceCode.Meaning.AUTHORISED_ABSENCE;
import static uk.gov.pathway.registration.attendance.AttendanceCode.Meaning.NOT_POSSIBLE;
import static uk.gov.pathway.registration.attendance.AttendanceCode.Meaning.PRESENT;
import static uk.gov.pathway.registration.attendance.AttendanceCode.Meaning.UNAUTHORISED_ABSENCE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.pathway.registration.attendance.AttendanceCode.Meaning;

class AttendanceCodeTest {

    /** The table in spec/RULES.md, "Attendance codes (from 19 August 2024)", code by code. */
    private static final Map<String, Meaning> NATIONAL_CODES = new LinkedHashMap<>();

    static {
        Stream.of("/", "\\", "L").forEach(code -> NATIONAL_CODES.put(code, PRESENT));
        Stream.of("K", "V", "P", "W", "B").forEach(code -> NATIONAL_CODES.put(code, APPROVED_EDUCATIONAL_ACTIVITY));
        Stream.of("C1", "M", "J1", "S", "C2", "C", "T", "R", "I", "E")
                .forEach(code -> NATIONAL_CODES.put(code, AUTHORISED_ABSENCE));
        Stream.of("G", "N", "O", "U").forEach(code -> NATIONAL_CODES.put(code, UNAUTHORISED_ABSENCE));
        Stream.of("D", "X", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#")
                .forEach(code -> NATIONAL_CODES.put(code, NOT_POSSIBLE));
    }

    static Stream<Arguments> nationalCodes() {
        return NATIONAL_CODES.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @Test
    void everyNationalCodeIsKnownAndNoOther() {
        assertThat(NATIONAL_CODES).hasSize(34);
        assertThat(Arrays.stream(AttendanceCode.values()).map(AttendanceCode::code))
                .containsExactlyInAnyOrderElementsOf(NATIONAL_CODES.keySet());
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @MethodSource("nationalCodes")
    void eachCodeCountsAsTheRulesSay(String written, Meaning meaning) {
        AttendanceCode code = AttendanceCode.fromCode(written).orElseThrow();
        assertThat(code.code()).isEqualTo(written);
        assertThat(code.meaning()).isEqualTo(meaning);
        assertThat(code.isPossibleSession()).isEqualTo(meaning != NOT_POSSIBLE);
        assertThat(code.countsAsAttendance()).isEqualTo(meaning == PRESENT || meaning == APPROVED_EDUCATIONAL_ACTIVITY);
        assertThat(code.isAuthorisedAbsence()).isEqualTo(meaning == AUTHORISED_ABSENCE);
        assertThat(code.isUnauthorisedAbsence()).isEqualTo(meaning == UNAUTHORISED_ABSENCE);
        assertThat(code.description()).isNotBlank();
    }

    @Test
    void theCodesThatMatterMostHaveTheirReadableNames() {
        assertThat(AttendanceCode.fromCode("/")).contains(AttendanceCode.PRESENT_AM);
        assertThat(AttendanceCode.fromCode("\\")).contains(AttendanceCode.PRESENT_PM);
        assertThat(AttendanceCode.fromCode("G")).contains(AttendanceCode.HOLIDAY_NOT_GRANTED);
        assertThat(AttendanceCode.fromCode("N")).contains(AttendanceCode.REASON_NOT_YET_ESTABLISHED);
        assertThat(AttendanceCode.fromCode("O")).contains(AttendanceCode.UNAUTHORISED_OTHER);
        assertThat(AttendanceCode.fromCode("U")).contains(AttendanceCode.LATE_AFTER_REGISTER_CLOSED);
        assertThat(AttendanceCode.fromCode("#")).contains(AttendanceCode.PLANNED_WHOLE_SCHOOL_CLOSURE);
        assertThat(AttendanceCode.ILLNESS.description()).isEqualTo("Illness");
    }

    @ParameterizedTest
    @ValueSource(strings = {"g", "c1", "y1", "Y8", "Y", "J", "H", "F", " G", "G ", "", "//"})
    void anythingButAnExactNationalCodeIsUnknown(String written) {
        assertThat(AttendanceCode.fromCode(written)).isEmpty();
    }

    @Test
    void aMissingCodeIsUnknown() {
        assertThat(AttendanceCode.fromCode(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AttendanceCode.class)
    void eachCodeIsStoredInOneCharacterThatReadsBackAsTheSameCode(AttendanceCode code) {
        assertThat(AttendanceCode.fromStorageChar(code.storageChar())).isEqualTo(code);
        if (code.code().length() == 1) {
            assertThat(code.storageChar()).isEqualTo(code.code().charAt(0));
        }
    }

    @Test
    void noTwoCodesShareAStorageCharacterEvenIgnoringCase() {
        Set<Character> folded = Arrays.stream(AttendanceCode.values())
                .map(code -> Character.toUpperCase(code.storageChar()))
                .collect(Collectors.toSet());
        assertThat(folded).hasSize(AttendanceCode.values().length);
    }

    @Test
    void theMultiCharacterCodesAreStoredAsDocumented() {
        assertThat(AttendanceCode.REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD.storageChar()).isEqualTo('8');
        assertThat(AttendanceCode.PART_TIME_TIMETABLE.storageChar()).isEqualTo('9');
        assertThat(AttendanceCode.INTERVIEW.storageChar()).isEqualTo('J');
        assertThat(AttendanceCode.TRANSPORT_NOT_AVAILABLE.storageChar()).isEqualTo('1');
        assertThat(AttendanceCode.OTHER_UNAVOIDABLE_CAUSE.storageChar()).isEqualTo('7');
    }

    @Test
    void anUnusedStorageCharacterIsRefused() {
        assertThatThrownBy(() -> AttendanceCode.fromStorageChar('H'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No attendance code is stored as 'H'");
    }
}
