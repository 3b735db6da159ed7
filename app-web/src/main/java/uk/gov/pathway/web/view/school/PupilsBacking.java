package uk.gov.pathway.web.view.school;

import java.io.Serializable;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.registration.boundary.SchoolAttendance;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.boundary.SchoolSummary;
import uk.gov.pathway.registration.entity.YearGroup;

/** The school attendance lead's pupils with attendance this year, band and flags, filtered and sorted in the table. */
@Named
@ViewScoped
public class PupilsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SchoolAttendance attendance;

    @EJB
    SchoolRegister schools;

    private SchoolSummary school;
    private SchoolAttendance.SchoolPupils pupils;

    @PostConstruct
    void load() {
        List<SchoolSummary> mine = schools.search(SchoolSearch.firstPage(1)).items();
        if (!mine.isEmpty()) {
            school = mine.get(0);
            pupils = attendance.pupilsOf(Laestab.of(school.laestab()));
        }
    }

    public SchoolSummary getSchool() {
        return school;
    }

    public List<SchoolAttendance.PupilAttendance> getPupils() {
        return pupils == null ? List.of() : pupils.pupils();
    }

    public SchoolAttendance.SchoolPupils getPeriod() {
        return pupils;
    }

    public SchoolAttendance.Cohort[] getCohorts() {
        return SchoolAttendance.Cohort.values();
    }

    public YearGroup[] getYearGroups() {
        return YearGroup.values();
    }
}
