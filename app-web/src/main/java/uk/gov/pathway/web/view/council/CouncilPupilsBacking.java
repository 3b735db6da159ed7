package uk.gov.pathway.web.view.council;

import java.io.Serializable;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.boundary.SchoolAttendance;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.boundary.SchoolSummary;
import uk.gov.pathway.registration.entity.YearGroup;

/** A council officer picks a school and sees its pupils with attendance, band and flags. */
@Named
@ViewScoped
public class CouncilPupilsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SchoolAttendance attendance;

    @EJB
    SchoolRegister register;

    private String laestab;
    private SchoolSummary school;
    private SchoolAttendance.SchoolPupils pupils;

    public void load() {
        if (laestab != null && !laestab.isBlank()) {
            show();
        }
    }

    public String show() {
        if (laestab == null || laestab.isBlank()) {
            school = null;
            pupils = null;
            return null;
        }
        school = register.find(Laestab.of(laestab));
        pupils = attendance.pupilsOf(Laestab.of(laestab));
        return null;
    }

    public List<SchoolSummary> getSchools() {
        return register.search(new SchoolSearch(null, null, null, "name", true, 0, SchoolSearch.MAX_PAGE)).items();
    }

    public List<SchoolAttendance.PupilAttendance> getPupils() {
        return pupils == null ? List.of() : pupils.pupils();
    }

    public SchoolAttendance.SchoolPupils getPeriod() {
        return pupils;
    }

    public SchoolSummary getSchool() {
        return school;
    }

    public SchoolAttendance.Cohort[] getCohorts() {
        return SchoolAttendance.Cohort.values();
    }

    public YearGroup[] getYearGroups() {
        return YearGroup.values();
    }

    public String getLaestab() {
        return laestab;
    }

    public void setLaestab(String laestab) {
        this.laestab = laestab;
    }
}
