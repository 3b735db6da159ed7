package uk.gov.pathway.kernel.access;

import java.util.Set;

/** The signed-in person making a request: their user name, their roles and what they may see. */
public record Caller(String username, Set<Role> roles, AccessScope schoolScope) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The role that decides the landing page when a person holds several; null when they hold none of Pathway's. */
    public Role primaryRole() {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return null;
    }
}
