package uk.gov.pathway.panels.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.gov.pathway.legal.prosecution.boundary.EducationalNeglectRecords;
import uk.gov.pathway.panels.entity.Decision;
import uk.gov.pathway.panels.entity.Outcome;

/**
 * What the panels issued on educational neglect for a case, read by the legal module's file screen and evidence bundle
 * (legal keeps no copy): the CLAAG's decision with the factors evidenced and the attendance computed from the marks,
 * the referral through the MARF to the MASH that it asked of the school, and the MASH's outcome when it came back.
 * The caller's right to the case was checked by the legal module before it asks.
 */
@ApplicationScoped
public class PanelNeglectRecords implements EducationalNeglectRecords {

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @Override
    public List<NeglectRecord> ofCase(long caseId) {
        List<NeglectRecord> records = new ArrayList<>();
        for (Decision d : em.createNamedQuery(Decision.OF_CASE, Decision.class).setParameter("caseId", caseId)
                .getResultList()) {
            if (d.outcome() != Outcome.EDUCATIONAL_NEGLECT) {
                continue;
            }
            records.add(new NeglectRecord(d.decidedOn(), "CLAAG decision: educational neglect",
                    d.reasons() + (d.attendancePercent() == null ? "" : " Attendance " + d.attendancePercent()
                            .stripTrailingZeros().toPlainString() + "% from the marks.")
                            + (d.neglectFactors() == null ? "" : " Factors evidenced: "
                            + d.neglectFactors().replace('\n', ';'))));
            records.add(new NeglectRecord(d.decidedOn(), "MARF referral to the MASH",
                    "The school was asked to refer the child through the MARF to the MASH (task raised on the decision)."));
            if (d.mashOutcome() != null) {
                records.add(new NeglectRecord(d.mashReceivedOn() == null ? d.decidedOn() : d.mashReceivedOn(),
                        "MASH outcome: " + d.mashOutcome().name().toLowerCase(),
                        d.mashNotes() == null ? "" : d.mashNotes()));
            }
        }
        records.sort(Comparator.comparing(NeglectRecord::on));
        return records;
    }
}
