package uk.gov.pathway.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.registration.boundary.Families.CarerView;

/** Whom a case's letter is to, and how their address is printed. */
class CaseLetterFieldsTest {

    private static CarerView carer(String forename, boolean parentalResponsibility, boolean livesWith, String address,
                                   String postcode) {
        return new CarerView(1L, forename, "Kestrel", "OTHER", parentalResponsibility, livesWith, null, null, address,
                postcode);
    }

    private static String chosen(List<CarerView> carers) {
        return carers.stream().min(Comparator.comparingInt(CaseLetterFields::preference)).map(CarerView::forename)
                .orElse(null);
    }

    @Test
    void theLetterGoesToAParentWithResponsibilityTheChildLivesWithFirst() {
        CarerView grandparent = carer("Grandparent", false, true, null, null);
        CarerView fatherElsewhere = carer("Father", true, false, null, null);
        CarerView mother = carer("Mother", true, true, null, null);
        assertThat(chosen(List.of(grandparent, fatherElsewhere, mother))).isEqualTo("Mother");
        assertThat(chosen(List.of(grandparent, fatherElsewhere))).isEqualTo("Father");
        assertThat(chosen(List.of(grandparent))).isEqualTo("Grandparent");
        assertThat(chosen(List.of(carer("First", true, true, null, null), carer("Second", true, true, null, null))))
                .as("the first recorded of equals").isEqualTo("First");
    }

    @Test
    void theAddressPrintsAsAnEnvelopeShowsItOrNotAtAll() {
        assertThat(CaseLetterFields.postal(carer("A", true, true, "12 Sample Road, Exampletown", "ZZ1 1ZZ")))
                .isEqualTo("12 Sample Road\nExampletown\nZZ1 1ZZ");
        assertThat(CaseLetterFields.postal(carer("A", true, true, null, "ZZ1 1ZZ"))).isEqualTo("ZZ1 1ZZ");
        assertThat(CaseLetterFields.postal(carer("A", true, true, "  ", null))).isNull();
    }
}
