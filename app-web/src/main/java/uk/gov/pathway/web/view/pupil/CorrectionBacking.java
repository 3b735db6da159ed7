package uk.gov.pathway.web.view.pupil;

import java.io.Serializable;
import java.time.LocalDate;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import uk.gov.pathway.kernel.problem.AccessDeniedException;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.registration.boundary.PupilRegister;
import uk.gov.pathway.registration.boundary.PupilSummary;
import uk.gov.pathway.registration.entity.Gender;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.SenStatus;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.registration.entity.Vulnerabilities;
import uk.gov.pathway.registration.entity.YearGroup;

/** Correcting what is known of a pupil; someone else's change since the form was read is never overwritten. */
@Named
@ViewScoped
public class CorrectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PupilRegister pupils;

    private String upn;
    private boolean found;
    private long version;
    private String forename;
    private String surname;
    private LocalDate dateOfBirth;
    private String yearGroup;
    private String gender;
    private String postcode;
    private String sen;
    private boolean childInCare;
    private boolean childProtectionPlan;
    private boolean childInNeed;
    private boolean youngCarer;
    private boolean freeSchoolMeals;
    private boolean englishAdditionalLanguage;
    private String socialWorker;

    public void load() {
        try {
            fill(pupils.find(UniquePupilNumber.of(upn == null ? "" : upn)));
            found = true;
        } catch (IllegalArgumentException | NotVisibleException e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void fill(PupilSummary p) {
        version = p.version();
        forename = p.forename();
        surname = p.surname();
        dateOfBirth = p.dateOfBirth();
        yearGroup = p.yearGroup();
        gender = p.gender();
        postcode = p.postcode();
        sen = p.sen();
        childInCare = p.childInCare();
        childProtectionPlan = p.childProtectionPlan();
        childInNeed = p.childInNeed();
        youngCarer = p.youngCarer();
        freeSchoolMeals = p.freeSchoolMeals();
        englishAdditionalLanguage = p.englishAdditionalLanguage();
        socialWorker = p.socialWorker();
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            UniquePupilNumber number = UniquePupilNumber.of(upn);
            PupilDetails details = new PupilDetails(number, forename, surname, dateOfBirth, YearGroup.parse(yearGroup),
                    Gender.parse(gender), postcode, SenStatus.parse(sen), new Vulnerabilities(childInCare,
                    childProtectionPlan, childInNeed, youngCarer, freeSchoolMeals, englishAdditionalLanguage));
            pupils.correct(number, details, socialWorker, version);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "The pupil's details are saved", null));
            return "/pupil/profile?faces-redirect=true&upn=" + upn;
        } catch (IllegalArgumentException | NullPointerException | InvalidInputException | AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (OptimisticLockException | EJBException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Someone else changed this pupil since"
                    + " you opened the form: the form now shows their version; make your correction again", null));
            load();
        }
        return null;
    }

    public YearGroup[] getYearGroups() {
        return YearGroup.values();
    }

    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public boolean isFound() { return found; }
    public String getForename() { return forename; }
    public void setForename(String forename) { this.forename = forename; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getYearGroup() { return yearGroup; }
    public void setYearGroup(String yearGroup) { this.yearGroup = yearGroup; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getSen() { return sen; }
    public void setSen(String sen) { this.sen = sen; }
    public boolean isChildInCare() { return childInCare; }
    public void setChildInCare(boolean v) { this.childInCare = v; }
    public boolean isChildProtectionPlan() { return childProtectionPlan; }
    public void setChildProtectionPlan(boolean v) { this.childProtectionPlan = v; }
    public boolean isChildInNeed() { return childInNeed; }
    public void setChildInNeed(boolean v) { this.childInNeed = v; }
    public boolean isYoungCarer() { return youngCarer; }
    public void setYoungCarer(boolean v) { this.youngCarer = v; }
    public boolean isFreeSchoolMeals() { return freeSchoolMeals; }
    public void setFreeSchoolMeals(boolean v) { this.freeSchoolMeals = v; }
    public boolean isEnglishAdditionalLanguage() { return englishAdditionalLanguage; }
    public void setEnglishAdditionalLanguage(boolean v) { this.englishAdditionalLanguage = v; }
    public String getSocialWorker() { return socialWorker; }
    public void setSocialWorker(String socialWorker) { this.socialWorker = socialWorker; }
}
