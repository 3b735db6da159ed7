package uk.gov.pathway.kernel.access;

import java.util.Set;

/**
 * The signed-in person making a request: their user name, their roles and what they may see. {@code schoolScope} is
 * the schools whose register they read and import for; {@link #pupilScope()} the schools whose children they read.
 */
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

    /**
     * The schools whose children's records the caller reads: every school for the manager and council officers, a
     * school lead's own school, none for anyone else (the administrator imports for any school but reads no child).
     */
    public AccessScope pupilScope() {
        if (roles.stream().anyMatch(Role::readsCouncilWidePupils)) {
            return AccessScope.ALL_SCHOOLS;
        }
        if (roles.contains(Role.SCHOOL_ATTENDANCE_LEAD) && !schoolScope.allSchools()) {
            return schoolScope;
        }
        return AccessScope.NONE;
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
