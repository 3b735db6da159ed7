package uk.gov.pathway.registration.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.identifiers.Laestab;

/** A child known to the service, by their Unique Pupil Number, with the schools they have been on roll at. */
@Entity
@Table(name = "pupil")
@NamedQuery(name = Pupil.BY_UPN, query = "select p from Pupil p where p.upn = :upn")
@NamedQuery(name = Pupil.BY_UPNS, query = "select p from Pupil p where p.upn in :upns")
public class Pupil {

    public static final String BY_UPN = "Pupil.byUpn";
    public static final String BY_UPNS = "Pupil.byUpns";

    @Id
    @SequenceGenerator(name = "pupil_seq", sequenceName = "pupil_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pupil_seq")
    private Long id;

    @Column(name = "upn", nullable = false, unique = true, length = 13)
    private UniquePupilNumber upn;

    @Column(name = "forename", nullable = false, length = 100)
    private String forename;

    @Column(name = "surname", nullable = false, length = 100)
    private String surname;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "year_group", nullable = false, length = 3)
    private YearGroup yearGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 1)
    private Gender gender;

    @Column(name = "postcode", length = 8)
    private String postcode;

    @Enumerated(EnumType.STRING)
    @Column(name = "sen_status", nullable = false, length = 12)
    private SenStatus sen;

    @Column(name = "child_in_care", nullable = false)
    private boolean childInCare;

    @Column(name = "child_protection_plan", nullable = false)
    private boolean childProtectionPlan;

    @Column(name = "child_in_need", nullable = false)
    private boolean childInNeed;

    @Column(name = "young_carer", nullable = false)
    private boolean youngCarer;

    @Column(name = "free_school_meals", nullable = false)
    private boolean freeSchoolMeals;

    @Column(name = "english_additional_language", nullable = false)
    private boolean englishAdditionalLanguage;

    @Column(name = "social_worker", length = 200)
    private String socialWorker;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "pupil", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<Enrolment> enrolments = new ArrayList<>();

    @Version
    private long version;

    protected Pupil() {
    }

    public Pupil(PupilDetails details, Instant now) {
        this.upn = details.upn();
        this.registeredAt = now;
        revise(details, now);
    }

    /** Takes the school's newest details of the pupil (the UPN never changes); answers whether anything changed. */
    public boolean revise(PupilDetails details, Instant now) {
        if (!details.upn().equals(upn)) {
            throw new IllegalArgumentException("The details are of pupil " + details.upn() + ", not " + upn);
        }
        boolean changed = forename == null || !details.equals(details());
        if (changed) {
            forename = details.forename();
            surname = details.surname();
            dateOfBirth = details.dateOfBirth();
            yearGroup = details.yearGroup();
            gender = details.gender();
            postcode = details.postcode();
            sen = details.sen();
            Vulnerabilities v = details.vulnerabilities();
            childInCare = v.childInCare();
            childProtectionPlan = v.childProtectionPlan();
            childInNeed = v.childInNeed();
            youngCarer = v.youngCarer();
            freeSchoolMeals = v.freeSchoolMeals();
            englishAdditionalLanguage = v.englishAdditionalLanguage();
            updatedAt = now;
        }
        return changed;
    }

    public PupilDetails details() {
        return new PupilDetails(upn, forename, surname, dateOfBirth, yearGroup, gender, postcode, sen,
                new Vulnerabilities(childInCare, childProtectionPlan, childInNeed, youngCarer, freeSchoolMeals,
                        englishAdditionalLanguage));
    }

    /**
     * Puts the pupil on roll at the school from the given day, unless they already are. A child is on roll at one
     * school on any day (dual registration aside): a day another enrolment covers is refused; a move ends the other
     * enrolment first ({@link #moveTo}).
     */
    public Optional<Enrolment> enrol(School school, LocalDate from, boolean dualRegistration) {
        Objects.requireNonNull(school);
        if (isOnRollAt(school)) {
            return Optional.empty();
        }
        if (!dualRegistration) {
            enrolments.stream().filter(e -> !e.dualRegistration() && (e.isOpen() || !e.endDate().isBefore(from)))
                    .findFirst().ifPresent(e -> {
                        throw new IllegalStateException("Pupil " + upn + " is on roll at " + e.school().laestab()
                                + " on " + from + " or later: a move to " + school.laestab() + " must end that enrolment first");
                    });
        }
        Enrolment enrolment = new Enrolment(this, school, from, dualRegistration);
        enrolments.add(enrolment);
        return Optional.of(enrolment);
    }

    /**
     * Moves the pupil to the school from the day given: the enrolment they are on roll under ends the day before, so
     * each school's roll (and the marks it may write) stops where the next one's starts. Nothing when they are on roll
     * at that school already.
     */
    public Optional<Enrolment> moveTo(School school, LocalDate from) {
        Objects.requireNonNull(school);
        if (isOnRollAt(school)) {
            return Optional.empty();
        }
        String problem = moveProblem(school, from);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String reason = "Moved to " + school.name() + " (" + school.laestab() + ")";
        enrolments.stream().filter(e -> e.isOpen() && !e.dualRegistration()).forEach(e -> e.end(from.minusDays(1), reason));
        return enrol(school, from, false);
    }

    /** Why the pupil cannot move to the school from that day (another enrolment starts or ends on or after it), or null. */
    public String moveProblem(School school, LocalDate from) {
        for (Enrolment e : enrolments) {
            if (e.dualRegistration() || e.isOpen() && e.school().laestab().equals(school.laestab())) {
                continue;
            }
            if (e.isOpen() && !e.startDate().isBefore(from)) {
                return "the first day at the new school must be after " + e.startDate() + ", the first day at "
                        + e.school().name() + " (" + e.school().laestab() + ")";
            }
            if (!e.isOpen() && !e.endDate().isBefore(from)) {
                return "the first day at the new school must be after " + e.endDate() + ", the last day at "
                        + e.school().name() + " (" + e.school().laestab() + ")";
            }
        }
        return null;
    }

    /** Whether the pupil has an enrolment at the school that has not ended (it may start later). */
    public boolean isOnRollAt(School school) {
        return enrolments.stream().anyMatch(e -> e.school().laestab().equals(school.laestab()) && e.isOpen());
    }

    /** The school the pupil is on roll at now (their open enrolment, dual registration aside), if any. */
    public Optional<School> currentSchool() {
        return enrolments.stream().filter(e -> e.isOpen() && !e.dualRegistration())
                .reduce((first, later) -> later).map(Enrolment::school);
    }

    public boolean onRollAt(Laestab school, LocalDate day) {
        return enrolments.stream().anyMatch(e -> e.school().laestab().equals(school) && e.covers(day));
    }

    public void assignSocialWorker(String name) {
        this.socialWorker = name == null || name.isBlank() ? null : name.strip();
    }

    public Long id() {
        return id;
    }

    public UniquePupilNumber upn() {
        return upn;
    }

    public String forename() {
        return forename;
    }

    public String surname() {
        return surname;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public YearGroup yearGroup() {
        return yearGroup;
    }

    public String socialWorker() {
        return socialWorker;
    }

    public long version() {
        return version;
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }
}
