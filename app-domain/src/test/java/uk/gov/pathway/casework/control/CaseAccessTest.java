package uk.gov.pathway.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.access.AccessScope;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;

class CaseAccessTest {

    private static final PupilRef AT_RIVERSIDE = new PupilRef(1, "A999100132001", "Isla", "Brackenridge",
            LocalDate.of(2015, 1, 2), "5", "9991001", "Riverside Primary School", true, "traded-officer");
    private static final PupilRef AT_HILLCREST = new PupilRef(2, "B999100232001", "Rory", "Brackenridge",
            LocalDate.of(2012, 1, 2), "8", "9991002", "Hillcrest Academy", true, null);
    private static final PupilRef NOT_ON_ROLL = new PupilRef(3, "C999100332001", "Ned", "Brackenridge",
            LocalDate.of(2010, 1, 2), "10", null, null, false, null);

    private static Caller lead() {
        return new Caller("school-lead-9991001", Set.of(Role.SCHOOL_ATTENDANCE_LEAD),
                AccessScope.onlySchools(Set.of(Laestab.of("9991001"))));
    }

    @Test
    void aSchoolLeadIsNamedOnlyTheirOwnPupilsOfAFamilyCase() {
        assertThat(CaseAccess.names(lead(), AT_RIVERSIDE)).isTrue();
        assertThat(CaseAccess.names(lead(), AT_HILLCREST)).isFalse();
        assertThat(CaseAccess.names(lead(), NOT_ON_ROLL)).isFalse();
    }

    @Test
    void theManagerAndCouncilOfficersAreNamedEveryChildOfTheCase() {
        for (Role role : new Role[] {Role.SAS_MANAGER, Role.STATUTORY_OFFICER, Role.TRADED_OFFICER,
                Role.EARLY_HELP_WORKER}) {
            Caller caller = new Caller("someone", Set.of(role), AccessScope.ALL_SCHOOLS);
            assertThat(CaseAccess.names(caller, AT_HILLCREST)).as(role.name()).isTrue();
            assertThat(CaseAccess.names(caller, NOT_ON_ROLL)).as(role.name()).isTrue();
        }
    }

    @Test
    void theAdministratorIsNamedNoChildThoughTheyImportForEverySchool() {
        Caller admin = new Caller("it-admin", Set.of(Role.ADMIN), AccessScope.ALL_SCHOOLS);
        assertThat(CaseAccess.names(admin, AT_RIVERSIDE)).isFalse();
    }
}
