package uk.gov.pathway.kernel.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.problem.InvalidInputException;

class LetterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 23);

    /** Made at 00:30 on 20 June in London (summer time), which is still 19 June in UTC. */
    private final Letter letter = new Letter(1050, 77, new LetterTemplate("CASE_CLOSURE", "Case closure",
            "Dear {{carer.name}}", "it-admin", Instant.parse("2026-06-01T08:00:00Z")), "statutory-officer",
            Instant.parse("2026-06-19T23:30:00Z"));

    @Test
    void aLetterIsMarkedAsSentOnTheDayItWasMadeOrLater() {
        letter.markSent(SentMethod.POST, LocalDate.of(2026, 6, 20), "statutory-officer", TODAY, LONDON);

        assertThat(letter.sent()).isTrue();
        assertThat(letter.sentMethod()).isEqualTo(SentMethod.POST);
        assertThat(letter.sentOn()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(letter.sentBy()).isEqualTo("statutory-officer");
    }

    @Test
    void aLetterCannotBeSentInTheFuture() {
        assertThatThrownBy(() -> letter.markSent(SentMethod.EMAIL, TODAY.plusDays(1), "statutory-officer", TODAY, LONDON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sentOn 2026-06-24 is in the future");
        assertThat(letter.sent()).isFalse();
    }

    @Test
    void aLetterCannotBeSentBeforeItWasMade() {
        assertThatThrownBy(() -> letter.markSent(SentMethod.HAND, LocalDate.of(2026, 6, 19), "statutory-officer", TODAY,
                LONDON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("sentOn 2026-06-19 is before the letter was made, on 2026-06-20");
    }

    @Test
    void howAndWhenAreBothNeeded() {
        assertThatThrownBy(() -> letter.markSent(null, TODAY, "statutory-officer", TODAY, LONDON))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("method"));
        assertThatThrownBy(() -> letter.markSent(SentMethod.POST, null, "statutory-officer", TODAY, LONDON))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("sentOn"));
    }

    @Test
    void theMethodIsReadInAnyCaseAndAnythingElseIsRefusedByName() {
        assertThat(SentMethod.parse(" email ")).isEqualTo(SentMethod.EMAIL);
        assertThatThrownBy(() -> SentMethod.parse("FAX")).isInstanceOf(InvalidInputException.class)
                .hasMessage("method must be POST, HAND or EMAIL; got 'FAX'");
    }

    @Test
    void aLetterKeepsTheTemplatesNameAndVersion() {
        assertThat(letter.title()).isEqualTo("Case closure");
        assertThat(letter.templateCode()).isEqualTo("CASE_CLOSURE");
        assertThat(letter.templateVersion()).isZero();
    }
}
