package uk.gov.pathway.web.view;

import java.io.IOException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Caller;
import uk.gov.pathway.kernel.access.Role;

/** The signed-in person, for the header of every screen, the role's menu and signing out. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @EJB
    AccessControl access;

    private Caller caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = access.caller();
        }
        return caller;
    }

    public String getUsername() {
        return getCaller().username();
    }

    public String getRoleLabel() {
        Role role = getCaller().primaryRole();
        return role == null ? "no Pathway role" : role.label();
    }

    /** The folder of the person's own screens, e.g. "school". */
    public String getHomeFolder() {
        Role role = getCaller().primaryRole();
        return role == null ? null : role.screenFolder();
    }

    public boolean isCouncilStaff() {
        return getCaller().roles().stream().anyMatch(Role::readsCouncilWideRegister);
    }

    /** Reads the children of every school (the administrator, council staff too, reads none). */
    public boolean isCouncilPupilReader() {
        return getCaller().roles().stream().anyMatch(Role::readsCouncilWidePupils);
    }

    public boolean is(String role) {
        return getCaller().has(Role.valueOf(role));
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
