package uk.gov.pathway.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.problem.InvalidInputException;

class AuditRulesTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anEntryKeepsWhoWhenWhatAndFromWhere() {
        AuditEntry entry = new AuditEntry(AuditEvent.read(1050L, "pupil K999100131001", "details and schools"), NOON,
                "school-lead-9991001", "127.0.0.1", "GET /pathway/api/v1/pupils/K999100131001");
        assertThat(entry.action()).isEqualTo(AuditEvent.Action.READ);
        assertThat(entry.pupilId()).isEqualTo(1050L);
        assertThat(entry.at()).isEqualTo(NOON);
        assertThat(entry.username()).isEqualTo("school-lead-9991001");
        assertThat(entry.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(entry.request()).isEqualTo("GET /pathway/api/v1/pupils/K999100131001");
    }

    @Test
    void backgroundWorkWithoutAnOriginIsFromTheServer() {
        AuditEntry entry = new AuditEntry(AuditEvent.change(null, "import job 7", "pupils file"), NOON, "system", null, null);
        assertThat(entry.remoteAddress()).isEqualTo("server");
        assertThat(entry.request()).isEqualTo("server");
    }

    @Test
    void anEntryWithoutWhoIsRefused() {
        assertThatThrownBy(() -> new AuditEntry(AuditEvent.read(1L, "pupil X", null), NOON, " ", "127.0.0.1", "GET /"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("who");
    }

    @Test
    void aLongDetailIsCutToTheColumnWithAnEllipsisRatherThanLost() {
        String detail = "x".repeat(AuditEntry.DETAIL + 10);
        AuditEntry entry = new AuditEntry(AuditEvent.change(1L, "pupil X", detail), NOON, "it-admin", "::1", "PUT /");
        assertThat(entry.detail()).hasSize(AuditEntry.DETAIL).endsWith("\u2026");
    }

    @Test
    void anOriginOfARequestIsAClientsAndBackgroundWorkIsTheServers() {
        AuditOrigin origin = new AuditOrigin();
        assertThat(origin.address()).isEqualTo("server");
        assertThat(origin.fromClient()).isFalse();
        origin.request("10.1.2.3", "GET /pathway/pupil/profile.xhtml?upn=X");
        assertThat(origin.fromClient()).isTrue();
        assertThat(origin.request()).isEqualTo("GET /pathway/pupil/profile.xhtml?upn=X");
        origin.background("pupils import job 7", "it-admin");
        assertThat(origin.address()).isEqualTo("server");
        assertThat(origin.startedBy()).isEqualTo("it-admin");
        assertThat(origin.fromClient()).isFalse();
    }

    @Test
    void theSearchTakesReadChangeOrRefusedInAnyCaseAndRefusesAnythingElseByName() {
        assertThat(AuditQuery.action(" change ")).isEqualTo(AuditEvent.Action.CHANGE);
        assertThat(AuditQuery.action("refused")).isEqualTo(AuditEvent.Action.REFUSED);
        assertThat(AuditQuery.action("")).isNull();
        assertThatThrownBy(() -> AuditQuery.action("DELETE")).isInstanceOf(InvalidInputException.class)
                .hasMessage("action must be READ, CHANGE or REFUSED; got 'DELETE'");
    }

    @Test
    void aSearchEndingBeforeItStartsIsRefusedNamingTo() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("to"));
    }

    @Test
    void aSearchTakesTheUpnInCapitalsAndBlankFiltersAsNone() {
        AuditQuery query = new AuditQuery(" ", " k999100131001 ", null, null, null);
        assertThat(query.user()).isNull();
        assertThat(query.upn()).isEqualTo("K999100131001");
    }
}
