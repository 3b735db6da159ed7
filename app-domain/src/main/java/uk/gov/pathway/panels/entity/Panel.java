package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standing multi-agency panel as configuration (migration V50): its members and the agency each represents, its
 * chair, its cadence, its referral form's requirements, the decisions it may take and its quorum rule.
 */
@Entity
@Table(name = "panel")
public class Panel {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "purpose", nullable = false, length = 2000)
    private String purpose;

    @Column(name = "chair_username", nullable = false, length = 100)
    private String chair;

    @Column(name = "cadence_weeks")
    private Integer cadenceWeeks;

    @Column(name = "first_meeting")
    private LocalDate firstMeeting;

    @Column(name = "meeting_time", nullable = false, length = 5)
    private String meetingTime;

    @Column(name = "meeting_place", nullable = false, length = 200)
    private String meetingPlace;

    @Column(name = "plan_ahead_weeks", nullable = false)
    private int planAheadWeeks;

    @Column(name = "papers_school_days", nullable = false)
    private int papersSchoolDays;

    @Column(name = "referral_form", nullable = false)
    private boolean referralForm;

    @Column(name = "referral_requirements", length = 1000)
    private String referralRequirements;

    @Column(name = "decisions", nullable = false, length = 1000)
    private String decisions;

    @Column(name = "quorum_minimum", nullable = false)
    private int quorumMinimum;

    @Column(name = "quorum_chair", nullable = false)
    private boolean quorumChair;

    @Column(name = "quorum_agencies", length = 500)
    private String quorumAgencies;

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "panel_code", referencedColumnName = "code", insertable = false, updatable = false)
    @OrderBy("id")
    private List<PanelMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Panel() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public String chair() {
        return chair;
    }

    /** A meeting every N weeks from {@link #firstMeeting()}; empty when meetings are planned by hand only. */
    public Optional<MeetingCadence> cadence() {
        return cadenceWeeks == null || firstMeeting == null ? Optional.empty()
                : Optional.of(new MeetingCadence(firstMeeting, cadenceWeeks));
    }

    public Integer cadenceWeeks() {
        return cadenceWeeks;
    }

    public String meetingTime() {
        return meetingTime;
    }

    public String meetingPlace() {
        return meetingPlace;
    }

    public int planAheadWeeks() {
        return planAheadWeeks;
    }

    /** School days after a decision during which the members keep the case's papers. */
    public int papersSchoolDays() {
        return papersSchoolDays;
    }

    public boolean referralForm() {
        return referralForm;
    }

    /** What a referral needs on the case: kind of evidence (casework's code) to how many. */
    public Map<String, Integer> referralRequirements() {
        Map<String, Integer> needed = new LinkedHashMap<>();
        for (String item : split(referralRequirements)) {
            String[] parts = item.split(":");
            needed.put(parts[0].strip(), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1);
        }
        return needed;
    }

    public List<Outcome> decisions() {
        return split(decisions).stream().map(Outcome::valueOf).toList();
    }

    public Quorum quorum() {
        Map<Agency, Integer> agencies = new LinkedHashMap<>();
        for (String item : split(quorumAgencies)) {
            String[] parts = item.split(":");
            agencies.put(Agency.valueOf(parts[0].strip()), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1);
        }
        return new Quorum(quorumMinimum, quorumChair, agencies);
    }

    public List<PanelMember> members() {
        return members;
    }

    public Optional<PanelMember> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    /** A member or the chair. */
    public boolean hasMember(String username) {
        return chair.equals(username) || member(username).isPresent();
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
