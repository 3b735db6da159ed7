package uk.gov.pathway.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends each person to their role's home screen after signing in. */
@Named("landing")
@RequestScoped
public class LandingBacking {

    @Inject
    CurrentUserBacking currentUser;

    public String route() {
        String folder = currentUser.getHomeFolder();
        return folder == null ? "/error/no-role.xhtml?faces-redirect=true" : "/" + folder + "/home.xhtml?faces-redirect=true";
    }
}
