package uk.gov.pathway.web.api.pupils;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.registration.attendance.AbsencePatterns;
import uk.gov.pathway.registration.attendance.AttendanceFigures;
import uk.gov.pathway.registration.attendance.PenaltyNoticeThreshold;
import uk.gov.pathway.registration.boundary.AttendanceRecord;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.MarkChange;
import uk.gov.pathway.registration.boundary.PupilFigures;
import uk.gov.pathway.registration.boundary.PupilRegister;
import uk.gov.pathway.registration.boundary.PupilSummary;
import uk.gov.pathway.registration.entity.Gender;
import uk.gov.pathway.registration.entity.PupilDetails;
import uk.gov.pathway.registration.entity.SenStatus;
import uk.gov.pathway.registration.entity.UniquePupilNumber;
import uk.gov.pathway.registration.entity.Vulnerabilities;
import uk.gov.pathway.registration.entity.YearGroup;
import uk.gov.pathway.web.api.Parameters;

/** A pupil, their attendance figures and the penalty notice threshold (spec/API.md), within the caller's scope. */
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER,
        Roles.EARLY_HELP_WORKER, Roles.SCHOOL_ATTENDANCE_LEAD})
@Path("pupils/{upn}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PupilsResource {

    public record Figures(String upn, LocalDate from, LocalDate to, int possibleSessions, int presentSessions,
                          int approvedEducationalActivitySessions, int authorisedAbsenceSessions,
                          int unauthorisedAbsenceSessions, int lateBeforeRegisterCloses, int lateAfterRegisterCloses,
                          int notRequiredSessions, BigDecimal attendancePercent, BigDecimal absencePercent, String band) {
        static Figures of(PupilFigures pupil) {
            AttendanceFigures f = pupil.figures();
            return new Figures(pupil.upn(), pupil.from(), pupil.to(), f.possibleSessions(), f.presentSessions(),
                    f.approvedEducationalActivitySessions(), f.authorisedAbsenceSessions(), f.unauthorisedAbsenceSessions(),
                    f.lateBeforeRegisterCloses(), f.lateAfterRegisterCloses(), f.notRequiredSessions(),
                    f.attendancePercent(), f.absencePercent(), f.band().name());
        }
    }

    public record Threshold(String upn, LocalDate asOf, boolean met, LocalDate windowStart, LocalDate windowEnd,
                            int schoolWeeksInWindow, int unauthorisedSessionsInWindow, List<String> sessions) {
        static Threshold of(String upn, PenaltyNoticeThreshold.Evaluation e) {
            return new Threshold(upn, e.asOf(), e.met(), e.windowStart(), e.windowEnd(), e.schoolWeeksInWindow(),
                    e.unauthorisedSessionsInWindow(), e.sessions().stream().map(m -> m.date() + "/" + m.session()).toList());
        }
    }

    @EJB
    PupilRegister pupils;

    @EJB
    AttendanceRecord attendance;

    @EJB
    Families families;

    @PathParam("upn")
    String upn;

    @GET
    public PupilSummary pupil() {
        return pupils.find(Parameters.upn(upn));
    }

    /** What a person may correct of a pupil; {@code version} is the one they read (GET /pupils/{upn}). */
    public record Correction(String forename, String surname, LocalDate dateOfBirth, String yearGroup, String gender,
                             String postcode, String sen, boolean childInCare, boolean childProtectionPlan,
                             boolean childInNeed, boolean youngCarer, boolean freeSchoolMeals,
                             boolean englishAdditionalLanguage, String socialWorker, Long version) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PupilSummary correct(Correction c) {
        pupils.visible(Parameters.upn(upn)); // another school's child is not found, whatever was sent
        if (c == null || c.version() == null) {
            throw new InvalidInputException("version", "Send the pupil's details with the version you read");
        }
        PupilDetails details;
        try {
            details = new PupilDetails(Parameters.upn(upn), c.forename(), c.surname(), c.dateOfBirth(), YearGroup.parse(c.yearGroup()),
                    Gender.parse(c.gender()), c.postcode(), SenStatus.parse(c.sen()), new Vulnerabilities(c.childInCare(),
                    c.childProtectionPlan(), c.childInNeed(), c.youngCarer(), c.freeSchoolMeals(), c.englishAdditionalLanguage()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("pupil", e.getMessage());
        }
        return pupils.correct(Parameters.upn(upn), details, c.socialWorker(), c.version());
    }

    @GET
    @Path("attendance")
    public Figures attendance(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Figures.of(attendance.figures(Parameters.upn(upn), Parameters.date("from", from), Parameters.date("to", to)));
    }

    /** The child's parents and carers and the siblings the caller may see. */
    @GET
    @Path("family")
    public Families.FamilyView family() {
        return families.family(Parameters.upn(upn));
    }

    /** Links a parent or carer (new, or a sibling's existing carer by carerId) to the child. */
    @POST
    @Path("carers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCarer(Families.NewCarer carer) {
        if (carer == null) {
            throw new InvalidInputException("carer", "Send the carer as JSON");
        }
        return Response.status(Response.Status.CREATED).entity(families.addCarer(Parameters.upn(upn), carer)).build();
    }

    /** Absence spells and the share of sessions missed on each weekday, from and to as for the figures. */
    @GET
    @Path("attendance/patterns")
    public AbsencePatterns patterns(@QueryParam("from") String from, @QueryParam("to") String to) {
        return attendance.patterns(Parameters.upn(upn), Parameters.date("from", from), Parameters.date("to", to));
    }

    /** The history of the pupil's marks that later imports changed (schools correct registers). */
    @GET
    @Path("attendance/changes")
    public List<MarkChange> changes() {
        return attendance.changes(Parameters.upn(upn));
    }

    @GET
    @Path("penalty-notice-threshold")
    public Threshold threshold(@QueryParam("asOf") String asOf) {
        return Threshold.of(upn, attendance.threshold(Parameters.upn(upn), Parameters.date("asOf", asOf)));
    }
}
