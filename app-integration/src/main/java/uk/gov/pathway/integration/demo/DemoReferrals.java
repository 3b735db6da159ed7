package uk.gov.pathway.integration.demo;

import java.util.ArrayList;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.kernel.access.Roles;

/** Riverside Primary School's attendance lead refers children through the portal form, pre-filled from the record. */
@Stateless
@RunAs(Roles.SCHOOL_ATTENDANCE_LEAD)
@RunAsPrincipal("school-lead-9991001")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoReferrals {

    private static final String[] REASONS = {
        "Attendance has fallen every half term; school action (calls, letters, a meeting) has not helped",
        "Frequent unauthorised absence on Fridays; parents do not reply to letters",
        "Absent most of the last month after a death in the family",
        "Absent one week; parents worried about the school's letter"};

    private static final String[] SUMMARIES = {
        "Attendance this academic year below 90%, falling each half term (school register)",
        "Attendance this academic year around 92%, with Friday absence unauthorised (school register)"};

    @EJB
    Referrals referrals;

    public List<Referrals.ReferralView> refer(List<String> upns) {
        List<Referrals.ReferralView> sent = new ArrayList<>();
        for (int i = 0; i < upns.size(); i++) {
            // Referrals.prefill builds its form with a blank reason, which a referral may not have; the school's own
            // summary is written here instead.
            sent.add(referrals.refer(upns.get(i), new CaseRecords.ReferralDraft(REASONS[i % REASONS.length], SUMMARIES[i % 2],
                    "2025/26: below 90% from the spring term; this year so far below 90%", null,
                    "Mother (parental responsibility, lives with the child)", "None", "No special educational needs",
                    "Registered with the local GP practice", "Check-ins with the pastoral lead",
                    i == 0 ? "Offered; the family declined" : null, null, null)));
        }
        return sent;
    }
}
