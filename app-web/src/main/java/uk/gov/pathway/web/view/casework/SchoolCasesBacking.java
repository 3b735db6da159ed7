package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.Referrals;

/** A school attendance lead's referrals: where each stands, the officer's reason, and the case it became. */
@Named
@ViewScoped
public class SchoolCasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Referrals referrals;

    private List<Referrals.ReferralView> mine = List.of();

    @PostConstruct
    void load() {
        mine = referrals.ofMySchools().stream()
                .sorted(Comparator.comparing(Referrals.ReferralView::referredOn).reversed()
                        .thenComparing(Comparator.comparing(Referrals.ReferralView::id).reversed()))
                .toList();
    }

    public List<Referrals.ReferralView> getReferrals() {
        return mine;
    }

    /** The status in the school's words. */
    public String status(Referrals.ReferralView r) {
        return switch (r.status()) {
            case "SUBMITTED" -> "Waiting for triage";
            case "ACCEPTED" -> "Accepted";
            case "NOT_SUITABLE" -> "Not suitable for now";
            case "DECLINED" -> "Declined";
            default -> r.status();
        };
    }
}
