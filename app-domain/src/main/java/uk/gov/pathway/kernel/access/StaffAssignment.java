package uk.gov.pathway.kernel.access;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.identifiers.Laestab;

/**
 * Ties a person (by their sign-in name) to the school whose attendance lead they are. The identity provider says
 * what role a person has; this says which school that role is for, and an administrator keeps it.
 */
@Entity
@Table(name = "staff_assignment")
@NamedQuery(name = StaffAssignment.SCHOOLS_OF, query = "select a.school from StaffAssignment a where a.username = :username")
@NamedQuery(name = StaffAssignment.ALL, query = "select a from StaffAssignment a order by a.username")
public class StaffAssignment {

    public static final String SCHOOLS_OF = "StaffAssignment.schoolsOf";
    public static final String ALL = "StaffAssignment.all";

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "school_laestab", nullable = false, length = 7)
    private Laestab school;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected StaffAssignment() {
    }

    public StaffAssignment(String username, Laestab school, String assignedBy, Instant assignedAt) {
        if (username == null || username.isBlank() || username.length() > 100) {
            throw new IllegalArgumentException("A user name of 1 to 100 characters is required");
        }
        this.username = username;
        moveTo(school, assignedBy, assignedAt);
    }

    public final void moveTo(Laestab school, String assignedBy, Instant assignedAt) {
        if (school == null) {
            throw new IllegalArgumentException("A school (LAESTAB) is required");
        }
        this.school = school;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public String username() {
        return username;
    }

    public Laestab school() {
        return school;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
