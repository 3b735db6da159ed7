package uk.gov.pathway.web.view.school;

import java.util.List;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.gov.pathway.registration.boundary.SchoolRegister;
import uk.gov.pathway.registration.boundary.SchoolSearch;
import uk.gov.pathway.registration.boundary.SchoolSummary;

/** A school attendance lead's own school: what the register holds about it. */
@Named
@RequestScoped
public class MySchoolBacking {

    @EJB
    SchoolRegister register;

    private List<SchoolSummary> schools;

    public List<SchoolSummary> getSchools() {
        if (schools == null) {
            schools = register.search(SchoolSearch.firstPage(10)).items();
        }
        return schools;
    }
}
