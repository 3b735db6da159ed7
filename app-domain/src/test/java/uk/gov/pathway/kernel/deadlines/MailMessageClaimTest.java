package uk.gov.pathway.kernel.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An e-mail goes out at most once (README "Cluster"): claimed before it is handed to the mail server; a claim whose
 * server stopped before recording the outcome is given up as in doubt, never sent again; a failure or a success clears
 * the claim.
 */
class MailMessageClaimTest {

    private static final Instant NOW = Instant.parse("2026-01-13T09:00:00Z");

    @Test
    void aClaimLeftByAStoppedServerIsGivenUpInDoubtNotSentAgain() {
        MailMessage message = new MailMessage("officer@pathway.example", "Due: review", "Dear officer", NOW);
        assertThat(message.due(NOW)).isTrue();
        message.claim(NOW, "node1");
        assertThat(message.sendingSince()).isEqualTo(NOW);
        assertThat(message.sendingNode()).isEqualTo("node1");

        message.inDoubt(NOW.plus(Duration.ofMinutes(3)));
        assertThat(message.failedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(message.lastError()).contains("node1").contains("not sent again");
        assertThat(message.sentAt()).isNull();
        assertThat(message.due(NOW.plus(Duration.ofDays(30)))).as("never due again").isFalse();
        assertThat(message.sendingSince()).isNull();
    }

    @Test
    void theOutcomeClearsTheClaim() {
        MailMessage sent = new MailMessage("officer@pathway.example", "Due: review", "Dear officer", NOW);
        sent.claim(NOW, "node2");
        sent.sent(NOW.plusSeconds(1));
        assertThat(sent.sendingSince()).isNull();
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(1));

        MailMessage refused = new MailMessage("officer@pathway.example", "Due: review", "Dear officer", NOW);
        refused.claim(NOW, "node2");
        refused.failed("550 no such user", NOW.plusSeconds(1), new MailRetry(8));
        assertThat(refused.sendingSince()).isNull();
        assertThat(refused.failedAt()).isNull();
        assertThat(refused.due(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1))).as("tried again later").isTrue();
    }
}
