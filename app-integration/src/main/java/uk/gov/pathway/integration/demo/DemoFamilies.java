package uk.gov.pathway.integration.demo;

import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilRegistration;

/**
 * The demo council's families, added by the service manager (the administrator who loads the demo reads and adds no
 * family), in the transaction that registered the pupils.
 */
@Stateless
@RunAs(Roles.SAS_MANAGER)
@RunAsPrincipal("sas-manager")
@PermitAll
public class DemoFamilies {

    @EJB
    Families families;

    /** Pupils 1 and 2, 3 and 4, ... of each school are brother and sister, with a fictional parent each. */
    public int link(List<PupilRegistration> registered) {
        String[] parents = {"Alex", "Sam", "Jo", "Chris", "Robin", "Jamie", "Morgan", "Taylor"};
        int made = 0;
        for (int i = 0; i + 1 < registered.size(); i += 2) {
            PupilRegistration first = registered.get(i);
            PupilRegistration second = registered.get(i + 1);
            if (!first.school().equals(second.school()) || i % 8 > 3) {
                continue;
            }
            Families.CarerView parent = families.addCarer(first.details().upn(), new Families.NewCarer(null,
                    parents[made % parents.length], first.details().surname(), "MOTHER", true, true,
                    "01632 96" + String.format("%04d", made), null, (made + 10) + " Example Avenue, Demotown",
                    "ZZ9 " + (made % 9) + "ZZ"));
            families.addCarer(second.details().upn(), new Families.NewCarer(parent.carerId(), null, null, "MOTHER",
                    true, true, null, null, null, null));
            made++;
        }
        return made;
    }
}
