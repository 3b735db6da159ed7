package uk.gov.pathway.panels.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quorum rule: members present, the chair, and the agencies named (the pre-proceedings panel's). */
class QuorumTest {

    private static final Quorum PRE_PROCEEDINGS = new Quorum(3, true,
            Map.of(Agency.SERVICE_MANAGER, 1, Agency.LEGAL_SERVICES, 2));

    @Test
    void thePreProceedingsPanelNeedsTheServiceManagerAndTwoLegalServicesRepresentatives() {
        Quorum.Present manager = new Quorum.Present("sas-manager", Agency.SERVICE_MANAGER);
        Quorum.Present solicitor = new Quorum.Present("preproceedings-solicitor", Agency.LEGAL_SERVICES);
        Quorum.Present member = new Quorum.Present("preproceedings-member", Agency.LEGAL_SERVICES);
        assertThat(PRE_PROCEEDINGS.missing("sas-manager", List.of(manager, solicitor, member))).isEmpty();
        assertThat(PRE_PROCEEDINGS.missing("sas-manager", List.of(manager, solicitor)))
                .containsExactly("3 members present needed, 2 recorded", "Legal Services: 2 needed, 1 present");
        assertThat(PRE_PROCEEDINGS.missing("sas-manager", List.of(solicitor, member, new Quorum.Present("someone",
                Agency.EDUCATION_IMPROVEMENT)))).containsExactly("the chair (sas-manager) present",
                "School Attendance Service manager: 1 needed, 0 present");
    }

    @Test
    void aMeetingWithoutAQuorumRuleIsAlwaysQuorate() {
        Quorum none = new Quorum(0, false, Map.of());
        assertThat(none.missing("traded-officer", List.of())).isEmpty();
        assertThat(none.describe()).isEqualTo("no quorum");
    }
}
