package uk.gov.pathway.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.casework.entity.CaseFile;
import uk.gov.pathway.casework.entity.PathwayLevel;
import uk.gov.pathway.casework.entity.PathwayModel;
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

    /** Level 1 worked by the school and the traded officer; Level 2 by the early help worker; Level 3 statutory. */
    private static CaseFile caseAt(String level, String officer) {
        PathwayModel model = new PathwayModel("ACCESS", "Access test pathway");
        model.addLevel("L1", "Level 1").workedBy(Set.of(Role.SCHOOL_ATTENDANCE_LEAD, Role.TRADED_OFFICER));
        model.addLevel("L2", "Level 2").workedBy(Set.of(Role.EARLY_HELP_WORKER, Role.TRADED_OFFICER));
        PathwayLevel three = model.addLevel("L3", "Level 3");
        three.describe("Level 3", null, null, null, true);
        three.workedBy(Set.of(Role.STATUTORY_OFFICER));
        return new CaseFile(model.level(level).orElseThrow(), List.of(1L), "Attendance 85% this half term", null,
                officer, LocalDate.of(2026, 2, 2), "sas-manager");
    }

    private static Caller council(String name, Role role) {
        return new Caller(name, Set.of(role), AccessScope.ALL_SCHOOLS);
    }

    @Test
    void theServiceManagerReadsAndWorksEveryCase() {
        Caller manager = council("sas-manager", Role.SAS_MANAGER);
        for (String level : new String[] {"L1", "L2", "L3"}) {
            assertThat(CaseAccess.reads(manager, caseAt(level, null), List.of(AT_HILLCREST))).as(level).isTrue();
            assertThat(CaseAccess.works(manager, caseAt(level, "someone-else"), List.of(AT_HILLCREST))).as(level).isTrue();
        }
    }

    @Test
    void aStatutoryOfficerReadsEveryStatutoryCaseAndOnlyTheirOwnBelowIt() {
        Caller officer = council("statutory-officer", Role.STATUTORY_OFFICER);
        assertThat(CaseAccess.reads(officer, caseAt("L3", null), List.of(AT_HILLCREST))).isTrue();
        assertThat(CaseAccess.works(officer, caseAt("L3", "another-officer"), List.of(AT_HILLCREST))).isTrue();
        assertThat(CaseAccess.reads(officer, caseAt("L2", null), List.of(AT_HILLCREST))).isFalse();
        assertThat(CaseAccess.reads(officer, caseAt("L2", "statutory-officer"), List.of(AT_HILLCREST))).isTrue();
        assertThat(CaseAccess.works(officer, caseAt("L2", "statutory-officer"), List.of(AT_HILLCREST)))
                .as("Level 2 is not a statutory officer's to work").isFalse();
    }

    @Test
    void aTradedOfficerReadsTheirOwnCasesAndThoseOfTheSlaSchoolsTheyLinkTo() {
        Caller traded = council("traded-officer", Role.TRADED_OFFICER);
        assertThat(CaseAccess.reads(traded, caseAt("L1", null), List.of(AT_RIVERSIDE))).as("link officer").isTrue();
        assertThat(CaseAccess.works(traded, caseAt("L1", null), List.of(AT_RIVERSIDE))).isTrue();
        assertThat(CaseAccess.reads(traded, caseAt("L1", null), List.of(AT_HILLCREST))).as("another's school").isFalse();
        assertThat(CaseAccess.reads(traded, caseAt("L2", "traded-officer"), List.of(AT_HILLCREST))).isTrue();
        assertThat(CaseAccess.reads(traded, caseAt("L3", null), List.of(AT_RIVERSIDE))).as("statutory, linked").isTrue();
        assertThat(CaseAccess.works(traded, caseAt("L3", null), List.of(AT_RIVERSIDE))).as("not their level").isFalse();
    }

    @Test
    void aTradedOfficerIsNotTheLinkOfficerOfASchoolWithoutAnSla() {
        PupilRef noSla = new PupilRef(4, "D999100332001", "Ada", "Brackenridge", LocalDate.of(2015, 1, 2), "5",
                "9991003", "Brookside Primary School", false, "traded-officer");
        assertThat(CaseAccess.reads(council("traded-officer", Role.TRADED_OFFICER), caseAt("L1", null),
                List.of(noSla))).isFalse();
    }

    @Test
    void anEarlyHelpWorkerReadsOnlyTheFamiliesAllocatedToThem() {
        Caller worker = council("early-help-worker", Role.EARLY_HELP_WORKER);
        assertThat(CaseAccess.reads(worker, caseAt("L2", "early-help-worker"), List.of(AT_RIVERSIDE))).isTrue();
        assertThat(CaseAccess.works(worker, caseAt("L2", "early-help-worker"), List.of(AT_RIVERSIDE))).isTrue();
        assertThat(CaseAccess.reads(worker, caseAt("L2", null), List.of(AT_RIVERSIDE))).isFalse();
        assertThat(CaseAccess.reads(worker, caseAt("L2", "another-worker"), List.of(AT_RIVERSIDE))).isFalse();
        assertThat(CaseAccess.works(worker, caseAt("L3", "early-help-worker"), List.of(AT_RIVERSIDE)))
                .as("allocated, but a statutory level").isFalse();
    }

    @Test
    void aSchoolLeadSeesTheStatusOfTheirPupilsCasesNeverTheWorkspace() {
        assertThat(CaseAccess.reads(lead(), caseAt("L1", null), List.of(AT_RIVERSIDE))).isFalse();
        assertThat(CaseAccess.seesStatus(lead(), caseAt("L3", null), List.of(AT_RIVERSIDE))).isTrue();
        assertThat(CaseAccess.seesStatus(lead(), caseAt("L1", null), List.of(AT_HILLCREST))).isFalse();
        assertThat(CaseAccess.seesStatus(lead(), caseAt("L1", null), List.of(AT_HILLCREST, AT_RIVERSIDE)))
                .as("a family case with a sibling elsewhere").isTrue();
        assertThat(CaseAccess.seesStatus(lead(), caseAt("L1", null), List.of(NOT_ON_ROLL))).isFalse();
    }

    @Test
    void aSchoolLeadWorksTheirOwnPupilsCaseOnlyAtALevelTheSchoolWorks() {
        assertThat(CaseAccess.works(lead(), caseAt("L1", null), List.of(AT_RIVERSIDE))).isTrue();
        assertThat(CaseAccess.works(lead(), caseAt("L1", null), List.of(AT_HILLCREST))).isFalse();
        assertThat(CaseAccess.works(lead(), caseAt("L2", null), List.of(AT_RIVERSIDE))).isFalse();
    }

    @Test
    void theAdministratorNeitherReadsNorWorksACase() {
        Caller admin = new Caller("it-admin", Set.of(Role.ADMIN), AccessScope.ALL_SCHOOLS);
        assertThat(CaseAccess.seesStatus(admin, caseAt("L1", "it-admin"), List.of(AT_RIVERSIDE))).isFalse();
        assertThat(CaseAccess.works(admin, caseAt("L1", "it-admin"), List.of(AT_RIVERSIDE))).isFalse();
    }
}
