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

    /** Puts the pupil on roll at the school from the given day, unless they already are. */
    public Optional<Enrolment> enrol(School school, LocalDate from, boolean dualRegistration) {
        Objects.requireNonNull(school);
        boolean alreadyOnRoll = enrolments.stream()
                .anyMatch(e -> e.school().id().equals(school.id()) && e.isOpen());
        if (alreadyOnRoll) {
            return Optional.empty();
        }
        Enrolment enrolment = new Enrolment(this, school, from, dualRegistration);
        enrolments.add(enrolment);
        return Optional.of(enrolment);
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
