package uk.gov.pathway.integration.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;

/** The demo's Legal Services: reviews and court outcomes recorded as the legal officer would, through the boundary. */
@Stateless
@RunAs(Roles.LEGAL_OFFICER)
@RunAsPrincipal("legal-officer")
@PermitAll
public class DemoLegalServices {

    @EJB
    ProsecutionFiles files;

    public void review(long fileId, ProsecutionViews.Review review) {
        files.review(fileId, review);
    }

    public void hearing(long fileId, ProsecutionViews.Hearing hearing) {
        files.hearing(fileId, hearing);
    }
}
