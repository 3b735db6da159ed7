package uk.gov.pathway.web.view.casework;

import java.io.Serializable;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.casework.boundary.Referrals;
import uk.gov.pathway.casework.entity.Referral;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/** A school attendance lead refers a pupil: the form comes pre-filled from the record and they add the rest. */
@Named
@ViewScoped
public class ReferralFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Referrals referrals;

    private String upn;
    private boolean found;
    private Referrals.ReferralView sent;
    private String reason;
    private String attendanceSummary;
    private String attendanceHistory;
    private String siblings;
    private String parents;
    private String exclusions;
    private String sendInformation;
    private String medicalAndGp;
    private String pastoralSupport;
    private String earlyHelpAssessment;
    private String otherAgencies;
    private String extenuatingFactors;

    public void load() {
        if (upn == null || upn.isBlank()) {
            found = false;
            return;
        }
        try {
            Referral.Details d = referrals.prefill(UniquePupilNumber.of(upn.strip()));
            attendanceSummary = d.attendanceSummary();
            attendanceHistory = d.attendanceHistory();
            siblings = d.siblings();
            parents = d.parents();
            found = true;
        } catch (IllegalArgumentException | NotVisibleException e) {
            found = false;
            Feedback.notFound();
        }
    }

    /** Opens the form for the UPN typed in (when the page was opened without one). */
    public String choose() {
        return "/school/referral?faces-redirect=true&upn=" + (upn == null ? "" : upn.strip());
    }

    public void refer() {
        Feedback.attempt("Referral sent to the School Attendance Service", () -> sent = referrals.refer(
                UniquePupilNumber.of(upn.strip()), new Referral.Details(reason, attendanceSummary, attendanceHistory,
                        siblings, parents, exclusions, sendInformation, medicalAndGp, pastoralSupport,
                        earlyHelpAssessment, otherAgencies, extenuatingFactors)));
    }

    public boolean isFound() { return found; }
    public Referrals.ReferralView getSent() { return sent; }
    public String getUpn() { return upn; }
    public void setUpn(String v) { this.upn = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getAttendanceSummary() { return attendanceSummary; }
    public void setAttendanceSummary(String v) { this.attendanceSummary = v; }
    public String getAttendanceHistory() { return attendanceHistory; }
    public void setAttendanceHistory(String v) { this.attendanceHistory = v; }
    public String getSiblings() { return siblings; }
    public void setSiblings(String v) { this.siblings = v; }
    public String getParents() { return parents; }
    public void setParents(String v) { this.parents = v; }
    public String getExclusions() { return exclusions; }
    public void setExclusions(String v) { this.exclusions = v; }
    public String getSendInformation() { return sendInformation; }
    public void setSendInformation(String v) { this.sendInformation = v; }
    public String getMedicalAndGp() { return medicalAndGp; }
    public void setMedicalAndGp(String v) { this.medicalAndGp = v; }
    public String getPastoralSupport() { return pastoralSupport; }
    public void setPastoralSupport(String v) { this.pastoralSupport = v; }
    public String getEarlyHelpAssessment() { return earlyHelpAssessment; }
    public void setEarlyHelpAssessment(String v) { this.earlyHelpAssessment = v; }
    public String getOtherAgencies() { return otherAgencies; }
    public void setOtherAgencies(String v) { this.otherAgencies = v; }
    public String getExtenuatingFactors() { return extenuatingFactors; }
    public void setExtenuatingFactors(String v) { this.extenuatingFactors = v; }
}
