package uk.gov.pathway.legal.prosecution.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A port the penalty notice module implements (found through CDI; until it is there, a bundle says that none is
 * recorded): the earlier penalty notices to this parent for these children that were not paid, each with the date of
 * its certificate of non-payment, for the evidence bundle (spec/RULES.md, Prosecution: evidence).
 */
public interface EarlierPenaltyNotices {

    record EarlierNotice(long id, String upn, LocalDate issuedOn, String status, LocalDate certifiedUnpaidOn,
                         List<String> sessions) {
    }

    /** The notices to {@code carerId} (null: any parent) for the children named, oldest first. */
    List<EarlierNotice> unpaidWithCertificate(Long carerId, List<String> upns);
}
