package uk.gov.pathway.registration.entity;

import java.time.Instant;
import java.util.Objects;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.identifiers.Laestab;

/** A school in the council's area, known by its DfE numbers (URN and LAESTAB). */
@Entity
@Table(name = "school")
@NamedQuery(name = School.BY_LAESTAB, query = "select s from School s where s.laestab = :laestab")
@NamedQuery(name = School.BY_URN, query = "select s from School s where s.urn = :urn")
public class School {

    public static final String BY_LAESTAB = "School.byLaestab";
    public static final String BY_URN = "School.byUrn";
    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    private Long id;

    @Column(name = "urn", nullable = false, unique = true, length = 6)
    private Urn urn;

    @Column(name = "laestab", nullable = false, unique = true, length = 7)
    private Laestab laestab;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 20)
    private SchoolPhase phase;

    /** Whether the school buys the council's traded attendance service (SLA). */
    @Column(name = "sla_subscriber", nullable = false)
    private boolean tradedServiceSubscriber;

    /** Sign-in name of the traded officer linked to the school, if any. */
    @Column(name = "link_officer", length = 100)
    private String linkOfficer;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected School() {
    }

    public School(Urn urn, Laestab laestab, String name, SchoolPhase phase, boolean tradedServiceSubscriber, Instant now) {
        this.laestab = Objects.requireNonNull(laestab, "LAESTAB");
        this.registeredAt = now;
        revise(urn, name, phase, tradedServiceSubscriber, now);
    }

    /** Takes the register's newest facts about the school; answers whether anything changed. */
    public boolean revise(Urn urn, String name, SchoolPhase phase, boolean tradedServiceSubscriber, Instant now) {
        String checkedName = checkedName(name);
        boolean changed = !Objects.equals(this.urn, urn) || !checkedName.equals(this.name) || this.phase != phase
                || this.tradedServiceSubscriber != tradedServiceSubscriber;
        this.urn = Objects.requireNonNull(urn, "URN");
        this.name = checkedName;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.tradedServiceSubscriber = tradedServiceSubscriber;
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    public void linkOfficer(String officer) {
        this.linkOfficer = officer;
    }

    public static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("School name is required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new IllegalArgumentException("School name is longer than " + NAME_MAX + " characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public Urn urn() {
        return urn;
    }

    public Laestab laestab() {
        return laestab;
    }

    public String name() {
        return name;
    }

    public SchoolPhase phase() {
        return phase;
    }

    public boolean tradedServiceSubscriber() {
        return tradedServiceSubscriber;
    }

    public String linkOfficer() {
        return linkOfficer;
    }

    public long version() {
        return version;
    }
}
