package uk.gov.pathway.web.view.admin;

import java.io.Serializable;
import java.util.List;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.kernel.access.StaffAssignment;
import uk.gov.pathway.kernel.identifiers.Laestab;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.boundary.SchoolStaff;

/** The administrator ties a school attendance lead's sign-in name to their school. */
@Named
@ViewScoped
public class StaffAssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SchoolStaff staff;

    private String username;
    private String laestab;

    public List<StaffAssignment> getAssignments() {
        return staff.all();
    }

    public void assign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            staff.assignSchool(username.strip(), Laestab.of(laestab));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    username + " now leads attendance at school " + laestab, null));
            username = null;
            laestab = null;
        } catch (IllegalArgumentException | InvalidInputException e) {
            faces.addMessage("assign:laestab", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getLaestab() {
        return laestab;
    }

    public void setLaestab(String laestab) {
        this.laestab = laestab;
    }
}
