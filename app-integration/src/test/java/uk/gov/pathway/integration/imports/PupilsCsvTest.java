package uk.gov.pathway.integration.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.integration.csv.CsvRows;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.registration.boundary.PupilRegistration;
import uk.gov.pathway.registration.entity.SenStatus;
import uk.gov.pathway.registration.entity.YearGroup;

class PupilsCsvTest {

    private static CsvRows.Result<PupilRegistration> read(String text) {
        return PupilsCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPupilWithOnlyTheRequiredColumnsIsOnRollFromTheStartOfTheYearWithNoFlags() {
        CsvRows.Result<PupilRegistration> result = read("""
                upn,laestab,forename,surname,date_of_birth,year_group,gender
                B801200005001,9991001,Ada,Ashdown,2017-03-04,R,F
                """);
        assertThat(result.problems()).isEmpty();
        PupilRegistration pupil = result.items().get(0);
        assertThat(pupil.details().yearGroup()).isEqualTo(YearGroup.R);
        assertThat(pupil.details().sen()).isEqualTo(SenStatus.NONE);
        assertThat(pupil.details().vulnerabilities().childInCare()).isFalse();
        assertThat(pupil.entryDate()).isNull();
    }

    @Test
    void theOptionalColumnsCarryTheVulnerabilitiesSenAndAdmissionDate() {
        CsvRows.Result<PupilRegistration> result = read("""
                upn,laestab,forename,surname,date_of_birth,year_group,gender,postcode,sen,child_in_care,child_protection_plan,child_in_need,young_carer,fsm,eal,entry_date
                B801200005001,9991001,Ada,Ashdown,2012-03-04,9,F,zz9 9zz,E,true,false,true,false,true,false,2025-01-06
                """);
        assertThat(result.problems()).isEmpty();
        PupilRegistration pupil = result.items().get(0);
        assertThat(pupil.details().sen()).isEqualTo(SenStatus.EHCP);
        assertThat(pupil.details().postcode()).isEqualTo("ZZ9 9ZZ");
        assertThat(pupil.details().vulnerabilities().childInCare()).isTrue();
        assertThat(pupil.details().vulnerabilities().childInNeed()).isTrue();
        assertThat(pupil.details().vulnerabilities().freeSchoolMeals()).isTrue();
        assertThat(pupil.entryDate()).isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void everyBadFieldIsReportedWithItsLineAndColumnAndNothingIsRegistered() {
        CsvRows.Result<PupilRegistration> result = read("""
                upn,laestab,forename,surname,date_of_birth,year_group,gender,fsm
                B801200005001,9991001,Ada,Ashdown,2017-03-04,R,F,true
                A801200005001,9991001,Bilal,Brightwell,04/03/2017,Y3,Q,yes
                """);
        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(InputProblem::line, InputProblem::field).containsExactly(
                tuple(3, "upn"), tuple(3, "date_of_birth"), tuple(3, "year_group"), tuple(3, "gender"), tuple(3, "fsm"));
        assertThat(result.problems().get(0).message()).contains("wrong check letter");
        assertThat(result.problems().get(1).message()).contains("YYYY-MM-DD");
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        CsvRows.Result<PupilRegistration> result = read("""
                upn,laestab,forename,surname,date_of_birth,year_group,gender
                B801200005001,9991001,Ada,Ashdown,2999-01-01,R,F
                """);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("date_of_birth 2999-01-01 is in the future"));
    }
}
