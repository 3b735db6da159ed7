package uk.gov.pathway.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.pathway.registration.entity.Enrolment;
import uk.gov.pathway.registration.entity.Pupil;
import uk.gov.pathway.registration.entity.PupilDetails;

/** A pupil as the API and screens show them, with the schools they have been on roll at. */
public record PupilSummary(String upn, String forename, String surname, LocalDate dateOfBirth, String yearGroup,
                           String gender, String postcode, String sen, boolean childInCare, boolean childProtectionPlan,
                           boolean childInNeed, boolean youngCarer, boolean freeSchoolMeals,
                           boolean englishAdditionalLanguage, String socialWorker, List<EnrolmentSummary> enrolments,
                           long version) implements Serializable {

    public record EnrolmentSummary(String laestab, String schoolName, LocalDate startDate, LocalDate endDate,
                                   String leavingReason, boolean dualRegistration) implements Serializable {
        static EnrolmentSummary of(Enrolment e) {
            return new EnrolmentSummary(e.school().laestab().value(), e.school().name(), e.startDate(), e.endDate(),
                    e.leavingReason(), e.dualRegistration());
        }
    }

    public static PupilSummary of(Pupil pupil) {
        PupilDetails d = pupil.details();
        return new PupilSummary(d.upn().value(), d.forename(), d.surname(), d.dateOfBirth(), d.yearGroup().code(),
                d.gender().name(), d.postcode(), d.sen().code(), d.vulnerabilities().childInCare(),
                d.vulnerabilities().childProtectionPlan(), d.vulnerabilities().childInNeed(),
                d.vulnerabilities().youngCarer(), d.vulnerabilities().freeSchoolMeals(),
                d.vulnerabilities().englishAdditionalLanguage(), pupil.socialWorker(),
                pupil.enrolments().stream().map(EnrolmentSummary::of).toList(), pupil.version());
    }
}
