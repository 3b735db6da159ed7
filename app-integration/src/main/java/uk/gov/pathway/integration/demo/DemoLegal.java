package uk.gov.pathway.integration.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import uk.gov.pathway.casework.boundary.CaseRecords;
import uk.gov.pathway.casework.boundary.CaseSummary;
import uk.gov.pathway.casework.boundary.Cases;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.calendar.SchoolCalendarService;
import uk.gov.pathway.kernel.calendar.SchoolDayExceptions;
import uk.gov.pathway.kernel.calendar.SchoolDays;
import uk.gov.pathway.legal.orders.boundary.ParentingContracts;
import uk.gov.pathway.legal.orders.boundary.SchoolAttendanceOrders;
import uk.gov.pathway.legal.orders.boundary.SupervisionOrders;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionFiles;
import uk.gov.pathway.legal.prosecution.boundary.ProsecutionViews;

/**
 * The demo council's legal measures (issue 13), made through the legal module's boundaries as the service manager
 * (and, for Legal Services' part, the legal officer): a running Education Supervision Order whose extension window
 * opens in two weeks, a parenting contract under review, a School Attendance Order at the s438 step, and prosecution
 * files awaiting Legal Services' review, returned once, and concluded with a sentence and a parenting order.
 */
@Stateless
@RunAs(Roles.SAS_MANAGER)
@RunAsPrincipal("sas-manager")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLegal {

    private static final Logger LOG = Logger.getLogger(DemoLegal.class.getName());
    private static final String RIVERSIDE = "9991001";
    private static final String PRIMARY_4 = "9991004";
    private static final String PRIMARY_10 = "9991010";

    @EJB
    Cases cases;

    @EJB
    SupervisionOrders orders;

    @EJB
    SchoolAttendanceOrders attendanceOrders;

    @EJB
    ParentingContracts contracts;

    @EJB
    ProsecutionFiles files;

    @EJB
    DemoLegalServices legalServices;

    @EJB
    SchoolCalendarService calendars;

    @Inject
    Clock clock;

    private SchoolDays days;
    private LocalDate today;

    public void load() {
        days = calendars.calendar().forSchool(SchoolDayExceptions.NONE);
        today = LocalDate.now(clock);
        String esoChild = DemoPupils.upn(RIVERSIDE, 7);
        long esoCase = open(esoChild, "Severe absence; the family agreed to an Education Supervision Order").id();
        orders.make(esoCase, new SupervisionOrders.NewOrder(esoChild, today.minusMonths(9).plusDays(14),
                "statutory-officer", today.minusMonths(11), "Children's services consulted (s36(8)): no objection",
                today.minusMonths(10), today.minusMonths(9).plusDays(14), "Attend every day; meet the supervising"
                + " officer fortnightly", "The child wants to stay at Riverside; the parents want a later start"));

        String contractChild = DemoPupils.upn(RIVERSIDE, 8);
        long contractCase = open(contractChild, "Persistent absence after an AIM; parents agreed a contract").id();
        ParentingContracts.ContractView contract = contracts.sign(contractCase, new ParentingContracts.NewContract(
                contractChild, List.of("The child's mother", "Riverside Primary School", "The council"),
                "Bedtime by 8pm; walk the child to school; tell the school of any absence by 9am",
                "Breakfast club place; weekly check-in with the attendance lead; Early Help worker", ago(30), 4));
        contracts.review(contract.id(), ago(10), "Attendance up from 84% to 90%; mornings still hard", null);

        String saoChild = DemoPupils.upn(RIVERSIDE, 9);
        long saoCase = open(saoChild, "The family says the child is educated at home; no evidence of it").id();
        SchoolAttendanceOrders.SaoView sao = attendanceOrders.begin(saoCase, saoChild, ago(25));
        attendanceOrders.s438(sao.id(), ago(8), RIVERSIDE);

        long awaiting = completeFile(DemoPupils.upn(PRIMARY_4, 12), "444(1)");
        files.refer(awaiting);

        long returned = completeFile(DemoPupils.upn(PRIMARY_4, 18), "444(1)");
        files.refer(returned);
        legalServices.review(returned, new ProsecutionViews.Review("RETURNED", List.of(
                "The headteacher's signed s566 certificate for the whole period",
                "A witness statement from the school's attendance officer"), null, null));

        long concluded = completeFile(DemoPupils.upn(PRIMARY_10, 18), "444(1A)");
        files.refer(concluded);
        legalServices.review(concluded, new ProsecutionViews.Review("ACCEPTED", List.of(), null, ago(3)));
        legalServices.hearing(concluded, new ProsecutionViews.Hearing(ago(1), "Demotown Magistrates' Court",
                "GUILTY", "GUILTY", new BigDecimal("220.00"), new BigDecimal("150.00"), new BigDecimal("88.00"), null,
                12, "Parenting programme: 10 weekly group sessions", false, null, "Parent pleaded guilty"));
        LOG.info("Demo council: legal measures loaded (an ESO, a parenting contract, an SAO and three prosecution"
                + " files)");
    }

    /**
     * A prosecution file, complete and ready to refer: the parent, s447, the certificate, statements, an interview.
     * The child is one the demo families gave a parent (pupils 9 to 12 and 17 to 20 of a school).
     */
    private long completeFile(String upn, String section) {
        CaseSummary opened = open(upn, "Severe absence; the pre-proceedings panel decided to prosecute");
        long caseId = opened.id();
        String laestab = opened.children().get(0).laestab();
        long id = files.openFromDecision(new ProsecutionViews.PreProceedingsDecision(caseId, section, List.of(upn),
                null, ago(30), ago(10), "PPP-" + caseId, ago(5))).id();
        files.parent(id, files.parents(id).get(0).carerId());
        files.considerS447(id, ago(5), "An Education Supervision Order was considered: the parent refused every"
                + " support offered, so an order would not secure attendance");
        files.addEvidence(id, "CERTIFICATE_S566", ago(4), "The headteacher", laestab, "Certificate of attendance for"
                + " the period charged", null, null, null);
        files.addEvidence(id, "WITNESS_STATEMENT", ago(4), "Robin Fairley, statutory officer", null, "The support"
                + " offered and the parent's replies, letter by letter", "RF/1 letters; RF/2 notes of meetings",
                null, null);
        files.addEvidence(id, "INTERVIEW_UNDER_CAUTION", ago(6), "The parent", null, "Interviewed under caution;"
                + " no explanation for the absence given", null, null, null);
        files.addEvidence(id, "UNUSED_MATERIAL", ago(6), "School", null, "Class teacher's notes of two phone calls",
                null, null, null);
        return id;
    }

    private CaseSummary open(String upn, String reason) {
        return cases.open(new CaseRecords.NewCase(List.of(upn), "L3", reason, "Attendance lead, school",
                "statutory-officer", "KNOWSLEY"));
    }

    private LocalDate ago(int schoolDays) {
        LocalDate day = today;
        for (int left = schoolDays; left > 0; ) {
            day = day.minusDays(1);
            if (days.isSessionDay(day)) {
                left--;
            }
            if (day.isBefore(today.minusYears(1))) {
                return today.minusDays(schoolDays);
            }
        }
        return day;
    }
}
