package uk.gov.pathway.kernel.access;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.gov.pathway.kernel.identifiers.Laestab;

/**
 * Works out who is calling and what they may see. Services ask it, never the screens: a scope applied here holds for
 * the API, the screens and background jobs alike.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMIN, Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER,
        Roles.SCHOOL_ATTENDANCE_LEAD, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEGAL_OFFICER})
public class AccessControl {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    public Caller caller() {
        String username = context.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(username, roles, schoolScope(username, roles));
    }

    private AccessScope schoolScope(String username, Set<Role> roles) {
        if (roles.stream().anyMatch(Role::readsCouncilWideRegister)) {
            return AccessScope.ALL_SCHOOLS;
        }
        if (roles.contains(Role.SCHOOL_ATTENDANCE_LEAD)) {
            Set<Laestab> schools = new HashSet<>(em.createNamedQuery(StaffAssignment.SCHOOLS_OF, Laestab.class)
                    .setParameter("username", username).getResultList());
            return AccessScope.onlySchools(schools);
        }
        return AccessScope.NONE;
    }
}
