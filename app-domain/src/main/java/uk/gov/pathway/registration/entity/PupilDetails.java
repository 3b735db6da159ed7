package uk.gov.pathway.registration.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a school's system says about a pupil: identity, year group and the facts that shape their support. */
public record PupilDetails(UniquePupilNumber upn, String forename, String surname, LocalDate dateOfBirth,
                           YearGroup yearGroup, Gender gender, String postcode, SenStatus sen,
                           Vulnerabilities vulnerabilities) {

    public static final int NAME_MAX = 100;

    public PupilDetails {
        Objects.requireNonNull(upn, "UPN");
        forename = name("forename", forename);
        surname = name("surname", surname);
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(yearGroup, "year group");
        Objects.requireNonNull(gender, "gender");
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT);
        if (postcode != null && postcode.length() > 8) {
            throw new IllegalArgumentException("postcode is longer than 8 characters: '" + postcode + "'");
        }
        sen = sen == null ? SenStatus.NONE : sen;
        vulnerabilities = vulnerabilities == null ? Vulnerabilities.NONE : vulnerabilities;
    }

    /** What differs in {@code after}, in words a person reads in an audit entry or a timeline, e.g. "surname". */
    public List<String> changesTo(PupilDetails after) {
        List<String> changes = new ArrayList<>();
        differs(changes, "forename", forename, after.forename);
        differs(changes, "surname", surname, after.surname);
        differs(changes, "date of birth", dateOfBirth, after.dateOfBirth);
        differs(changes, "year group", yearGroup, after.yearGroup);
        differs(changes, "gender", gender, after.gender);
        differs(changes, "postcode", postcode, after.postcode);
        differs(changes, "SEN", sen, after.sen);
        Vulnerabilities v = vulnerabilities;
        Vulnerabilities w = after.vulnerabilities;
        differs(changes, "child in care", v.childInCare(), w.childInCare());
        differs(changes, "child protection plan", v.childProtectionPlan(), w.childProtectionPlan());
        differs(changes, "child in need", v.childInNeed(), w.childInNeed());
        differs(changes, "young carer", v.youngCarer(), w.youngCarer());
        differs(changes, "free school meals", v.freeSchoolMeals(), w.freeSchoolMeals());
        differs(changes, "English as an additional language", v.englishAdditionalLanguage(), w.englishAdditionalLanguage());
        return changes;
    }

    private static void differs(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label);
        }
    }

    public static String name(String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new IllegalArgumentException(field + " is longer than " + NAME_MAX + " characters");
        }
        return stripped;
    }
}
