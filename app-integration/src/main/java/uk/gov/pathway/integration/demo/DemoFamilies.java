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

    /** Whether the pupil is one of DemoPupils' holiday takers (every 8th of a school). */
    private static boolean holidayTaker(PupilRegistration pupil) {
        for (int serial = 8; serial <= DemoPupils.PER_SCHOOL; serial += 8) {
            if (pupil.details().upn().value().equals(DemoPupils.upn(DemoPenaltyNotices.SCHOOL, serial))) {
                return true;
            }
        }
        return false;
    }

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
        // both parents of the holiday takers of Riverside Primary (every 8th pupil): the penalty notices' demo
        for (PupilRegistration pupil : registered) {
            if (pupil.school().value().equals(DemoPenaltyNotices.SCHOOL) && holidayTaker(pupil)) {
                families.addCarer(pupil.details().upn(), new Families.NewCarer(null, "Petra", pupil.details().surname(),
                        "MOTHER", true, true, "01632 960990", null, "7 Example Avenue, Demotown", "ZZ9 7ZZ"));
                families.addCarer(pupil.details().upn(), new Families.NewCarer(null, "Dana", pupil.details().surname(),
                        "FATHER", true, false, "01632 960991", null, "8 Example Avenue, Demotown", "ZZ9 8ZZ"));
                made++;
            }
        }
        return made;
    }
}
