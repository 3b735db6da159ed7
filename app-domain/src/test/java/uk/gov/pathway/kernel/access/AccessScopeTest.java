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
}
