package uk.gov.pathway.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniquePupilNumberTest {

    @Test
    void theGuidanceExampleB801200005001IsAValidPermanentUpn() {
        UniquePupilNumber upn = UniquePupilNumber.of(" B801200005001 ");
        assertThat(upn.value()).isEqualTo("B801200005001");
        assertThat(upn.isTemporary()).isFalse();
        assertThat(upn.laNumber()).isEqualTo("801");
        assertThat(upn).hasToString("B801200005001");
    }

    @Test
    void theCheckLetterIsTheWeightedSumModulo23MappedThroughTheAlphabet() {
        // 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1; letter 1 is B
        assertThat(UniquePupilNumber.checkLetterFor("801200005001")).isEqualTo('B');
        // 2*2 + 7*4 + 1*9 + 6*10 + 4*12 + 9*13 = 266; 266 mod 23 = 13; letter 13 is P
        assertThat(UniquePupilNumber.checkLetterFor("207000016049")).isEqualTo('P');
    }

    @Test
    void theRulesExampleP207000016049IsValidAndQ207000016049HasTheWrongCheckLetter() {
        // spec/RULES.md, Identifiers: P207000016049 valid, Q207000016049 not
        UniquePupilNumber upn = UniquePupilNumber.of("P207000016049");
        assertThat(upn.laNumber()).isEqualTo("207");
        assertThat(upn.isTemporary()).isFalse();
        assertThatThrownBy(() -> UniquePupilNumber.of("Q207000016049"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN Q207000016049 has the wrong check letter: expected P for the digits that follow");
    }

    @Test
    void theGuidanceExampleA801200005001HasTheWrongCheckLetter() {
        assertThatThrownBy(() -> UniquePupilNumber.of("A801200005001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN A801200005001 has the wrong check letter: expected B for the digits that follow");
    }

    @Test
    void theMessageForAWrongCheckLetterNamesTheExpectedLetter() {
        // 93 - 1*13 + 2*13 = 106; 106 mod 23 = 14; letter 14 is Q
        assertThatThrownBy(() -> UniquePupilNumber.of("B801200005002"))
                .hasMessage("UPN B801200005002 has the wrong check letter: expected Q for the digits that follow");
        assertThat(UniquePupilNumber.of("Q801200005002").value()).isEqualTo("Q801200005002");
    }

    @Test
    void aTemporaryUpnsFinalLetterCountsAsItsPlaceInTheAlphabet() {
        // 80 from the digits, plus K (9) * 13 = 197; 197 mod 23 = 13; letter 13 is P
        assertThat(UniquePupilNumber.checkLetterFor("80120000500K")).isEqualTo('P');
        UniquePupilNumber temporary = UniquePupilNumber.of("P80120000500K");
        assertThat(temporary.isTemporary()).isTrue();
        assertThat(temporary.laNumber()).isEqualTo("801");
        // A counts as 0, so only the digits count: 80 mod 23 = 11; letter 11 is M
        assertThat(UniquePupilNumber.of("M80120000500A").isTemporary()).isTrue();
        assertThatThrownBy(() -> UniquePupilNumber.of("P80120000500A"))
                .hasMessageContaining("expected M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B80120000500", "B8012000050011", "B", ""})
    void aUpnThatIsNotThirteenCharactersIsRefusedWithItsLength(String text) {
        assertThatThrownBy(() -> UniquePupilNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN must be 13 characters; got '" + text + "' (" + text.length() + ")");
    }

    @Test
    void aMissingUpnIsRefused() {
        assertThatThrownBy(() -> UniquePupilNumber.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN must be 13 characters; got '' (0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B80120000A001", "B8012 0005001", "B80120000500-", "B٨01200005001", "BB01200005001"})
    void aUpnWithSomethingOtherThanDigitsInTheMiddleIsRefused(String text) {
        assertThatThrownBy(() -> UniquePupilNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("UPN must")
                .hasMessageEndingWith("got '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X80120000500I", "X80120000500O", "X80120000500S"})
    void aTemporaryUpnCannotEndInIOOrS(String text) {
        assertThatThrownBy(() -> UniquePupilNumber.of(text))
                .hasMessage("UPN must end in a digit (permanent) or a letter other than I, O and S (temporary); got '"
                        + text + "'");
    }

    @Test
    void aLowerCaseUpnIsRefusedRatherThanCorrected() {
        assertThatThrownBy(() -> UniquePupilNumber.of("b801200005001"))
                .hasMessage("UPN must be in upper case; got 'b801200005001'");
        assertThatThrownBy(() -> UniquePupilNumber.of("M80120000500a"))
                .hasMessage("UPN must be in upper case; got 'M80120000500a'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I801200005001", "O801200005001", "S801200005001", "1801200005001"})
    void aUpnMustStartWithALetterFromTheCheckAlphabet(String text) {
        assertThatThrownBy(() -> UniquePupilNumber.of(text))
                .hasMessage("UPN must start with a check letter (A to Z except I, O and S); got '" + text + "'");
    }

    @Test
    void theLettersIOAndSAreNeverUsedAsCheckLetters() {
        Set<Character> seen = new TreeSet<>();
        // a temporary serial's final letter takes 23 values at weight 13, coprime with 23, so every remainder occurs
        for (char last : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
            seen.add(UniquePupilNumber.checkLetterFor("80120000500" + last));
        }
        assertThat(seen).hasSize(23).doesNotContain('I', 'O', 'S');
    }

    @Test
    void theCheckLetterOfTheTwelveCharactersIsRefusedForMalformedInput() {
        assertThatThrownBy(() -> UniquePupilNumber.checkLetterFor("80120000500"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A UPN check letter needs the 12 characters that follow it; got '80120000500' (11)");
        assertThatThrownBy(() -> UniquePupilNumber.checkLetterFor("8012000050A1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got '8012000050A1'");
    }

    @Test
    void twoUpnsWithTheSameCharactersAreEqual() {
        assertThat(UniquePupilNumber.of("B801200005001")).isEqualTo(new UniquePupilNumber("B801200005001"));
    }
}
