package uk.gov.pathway.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.identifiers.Laestab;

class AccessScopeTest {

    @Test
    void aSchoolLeadsScopeCoversTheirSchoolOnly() {
        AccessScope scope = AccessScope.onlySchools(Set.of(Laestab.of("9991001")));
        assertThat(scope.covers(Laestab.of("9991001"))).isTrue();
        assertThat(scope.covers(Laestab.of("9991002"))).isFalse();
    }

    @Test
    void aSchoolLeadWithNoAssignedSchoolSeesNothing() {
        assertThat(AccessScope.onlySchools(Set.of()).coversNothing()).isTrue();
        assertThat(AccessScope.NONE.covers(Laestab.of("9991001"))).isFalse();
    }

    @Test
    void councilWideScopeCoversEverySchool() {
        assertThat(AccessScope.ALL_SCHOOLS.covers(Laestab.of("9990001"))).isTrue();
    }

    @Test
    void onlyCouncilRolesReadTheWholeRegister() {
        assertThat(Role.SAS_MANAGER.readsCouncilWideRegister()).isTrue();
        assertThat(Role.SCHOOL_ATTENDANCE_LEAD.readsCouncilWideRegister()).isFalse();
        assertThat(Role.PANEL_MEMBER.readsCouncilWideRegister()).isFalse();
        assertThat(Role.LEGAL_OFFICER.readsCouncilWideRegister()).isFalse();
    }

    @Test
    void theAdministratorImportsForEverySchoolButReadsNoChild() {
        Caller admin = new Caller("it-admin", Set.of(Role.ADMIN), AccessScope.ALL_SCHOOLS);
        assertThat(Role.ADMIN.readsCouncilWideRegister()).isTrue();
        assertThat(Role.ADMIN.readsCouncilWidePupils()).isFalse();
        assertThat(admin.schoolScope().allSchools()).isTrue();
        assertThat(admin.pupilScope().coversNothing()).isTrue();
    }

    @Test
    void councilStaffReadEveryChildAndASchoolLeadTheirOwnSchoolsOnly() {
        for (Role role : new Role[] {Role.SAS_MANAGER, Role.STATUTORY_OFFICER, Role.TRADED_OFFICER,
                Role.EARLY_HELP_WORKER}) {
            assertThat(new Caller("someone", Set.of(role), AccessScope.ALL_SCHOOLS).pupilScope().allSchools())
                    .as(role.name()).isTrue();
        }
        AccessScope own = AccessScope.onlySchools(Set.of(Laestab.of("9991001")));
        assertThat(new Caller("school-lead-9991001", Set.of(Role.SCHOOL_ATTENDANCE_LEAD), own).pupilScope())
                .isEqualTo(own);
        assertThat(new Caller("legal-officer", Set.of(Role.LEGAL_OFFICER), AccessScope.NONE).pupilScope()
                .coversNothing()).isTrue();
    }
}
