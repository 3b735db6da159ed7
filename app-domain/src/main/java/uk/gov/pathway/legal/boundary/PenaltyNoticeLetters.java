package uk.gov.pathway.legal.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.pathway.kernel.access.AccessControl;
import uk.gov.pathway.kernel.access.Roles;
import uk.gov.pathway.kernel.deadlines.StaffDirectory;
import uk.gov.pathway.kernel.letters.LetterField;
import uk.gov.pathway.kernel.letters.LetterPdf;
import uk.gov.pathway.kernel.letters.LetterRequest;
import uk.gov.pathway.kernel.letters.LetterView;
import uk.gov.pathway.kernel.letters.Letters;
import uk.gov.pathway.kernel.letters.SentMethod;
import uk.gov.pathway.kernel.problem.InvalidInputException;
import uk.gov.pathway.kernel.problem.NotVisibleException;
import uk.gov.pathway.kernel.time.SystemClock;
import uk.gov.pathway.legal.entity.NoticeToImprove;
import uk.gov.pathway.legal.entity.PenaltyNotice;
import uk.gov.pathway.legal.entity.PenaltyNoticeRequest;
import uk.gov.pathway.legal.entity.PenaltyNoticeWithdrawalGround;
import uk.gov.pathway.registration.boundary.Families;
import uk.gov.pathway.registration.boundary.PupilDirectory;
import uk.gov.pathway.registration.boundary.PupilDirectory.PupilRef;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Legal's letters through the kernel's letters, each about a notice and addressed to a named carer (not a case's
 * chosen carer): the warning (about a school's request, to the parent named), the notice to improve, the penalty
 * notice (its amounts, dates, how to pay and sessions), its withdrawal and the reminder (to the notice's parent).
 */
@Stateless
@RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER})
public class PenaltyNoticeLetters {

    public static final String WARNING = "PENALTY_NOTICE_WARNING";
    public static final String NOTICE_TO_IMPROVE = "NOTICE_TO_IMPROVE";
    public static final String NOTICE = "PENALTY_NOTICE";
    public static final String WITHDRAWAL = "PENALTY_NOTICE_WITHDRAWAL";
    public static final String REMINDER = "PENALTY_NOTICE_REMINDER";
    /** How to pay, as the council's letters print it (its payment line, web page or telephone number). */
    public static final String HOW_TO_PAY = "pathway.penalty-notices.how-to-pay";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SESSION_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    public record LetterOrder(String templateCode, Long carerId) {
    }

    public record Sent(String method, String sentOn) {
    }

    @PersistenceContext(unitName = "pathway")
    EntityManager em;

    @EJB
    Letters letters;

    @EJB
    PupilDirectory pupils;

    @EJB
    Families families;

    @EJB
    StaffDirectory staff;

    @EJB
    AccessControl access;

    @Inject
    Clock clock;

    /** A letter about a penalty notice, to its parent: PENALTY_NOTICE, PENALTY_NOTICE_REMINDER or PENALTY_NOTICE_WITHDRAWAL. */
    public LetterView aboutNotice(long noticeId, LetterOrder order) {
        PenaltyNotice notice = em.find(PenaltyNotice.class, noticeId);
        if (notice == null) {
            throw new NotVisibleException("Penalty notice " + noticeId);
        }
        String code = code(order, List.of(NOTICE, REMINDER, WITHDRAWAL), NOTICE);
        if (WITHDRAWAL.equals(code) && notice.withdrawalGround() == null) {
            throw new InvalidInputException("templateCode", "Penalty notice " + noticeId + " is not withdrawn");
        }
        PupilRef pupil = pupils.visible(UniquePupilNumber.of(notice.upn()));
        Map<String, String> fields = common(pupil, notice.carerId());
        put(fields, LetterField.NOTICE_REFERENCE, PenaltyNoticeViews.reference(notice.id()));
        put(fields, LetterField.NOTICE_ISSUED_ON, DAY.format(notice.issuedOn()));
        put(fields, LetterField.NOTICE_RECEIVED_ON, DAY.format(notice.receivedOn()));
        put(fields, LetterField.NOTICE_FULL_BY, DAY.format(notice.fullBy()));
        put(fields, LetterField.NOTICE_AMOUNTS, amounts(notice));
        put(fields, LetterField.NOTICE_SESSIONS, String.join("\n", notice.sessions().stream().map(s -> s.session())
                .sorted().map(s -> SESSION_DAY.format(s.date()) + (s.session().equals("AM") ? " morning" : " afternoon"))
                .toList()));
        put(fields, LetterField.NOTICE_HOW_TO_PAY, ConfigProvider.getConfig().getOptionalValue(HOW_TO_PAY, String.class)
                .orElse(null));
        if (notice.withdrawalGround() != null) {
            put(fields, LetterField.NOTICE_WITHDRAWAL_GROUND, ground(notice.withdrawalGround()));
            put(fields, LetterField.NOTICE_REFUND, notice.refundDue() == null ? "nothing (no payment was made)"
                    : "£" + notice.refundDue().toPlainString());
        }
        return letters.generate(LetterRequest.about(PenaltyNotices.SUBJECT, noticeId, notice.pupilId(),
                notice.carerId(), code, fields));
    }

    /** The notice to improve's letter, to its parent. */
    public LetterView aboutNoticeToImprove(long id) {
        NoticeToImprove notice = em.find(NoticeToImprove.class, id);
        if (notice == null) {
            throw new NotVisibleException("Notice to improve " + id);
        }
        PupilRef pupil = pupils.visible(UniquePupilNumber.of(notice.upn()));
        Map<String, String> fields = common(pupil, notice.carerId());
        put(fields, LetterField.IMPROVEMENT_FROM, DAY.format(notice.issuedOn()));
        put(fields, LetterField.IMPROVEMENT_TO, DAY.format(notice.periodEnds()));
        put(fields, LetterField.IMPROVEMENT_WEEKS, String.valueOf(notice.schoolWeeks()));
        return letters.generate(LetterRequest.about(PenaltyNoticeWork.NTI_SUBJECT, id, notice.pupilId(),
                notice.carerId(), NOTICE_TO_IMPROVE, fields));
    }

    /** The warning letter about a school's request, to the parent named (a carer of the child). */
    public LetterView warning(long requestId, LetterOrder order) {
        PenaltyNoticeRequest request = em.find(PenaltyNoticeRequest.class, requestId);
        if (request == null) {
            throw new NotVisibleException("Request " + requestId);
        }
        if (order == null || order.carerId() == null) {
            throw new InvalidInputException("carerId", "Name the parent the warning is to (carerId)");
        }
        PupilRef pupil = pupils.visible(UniquePupilNumber.of(request.upn()));
        Map<String, String> fields = common(pupil, order.carerId());
        return letters.generate(LetterRequest.about(PenaltyNoticeWork.REQUEST_SUBJECT, requestId, request.pupilId(),
                order.carerId(), WARNING, fields));
    }

    /** The letters about a subject of legal's ("penalty_notice", "notice_to_improve", "penalty_notice_request"). */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public List<LetterView> of(String subjectType, long id) {
        visible(subjectType, id);
        return letters.ofSubject(subjectType, id);
    }

    /** A letter's PDF, when the letter is about the subject named and the caller reads its child. */
    @RolesAllowed({Roles.SAS_MANAGER, Roles.STATUTORY_OFFICER, Roles.TRADED_OFFICER, Roles.EARLY_HELP_WORKER})
    public LetterPdf pdf(String subjectType, long id, long letterId) {
        visible(subjectType, id);
        LetterView letter = letters.letter(letterId);
        if (!subjectType.equals(letter.subjectType()) || letter.subjectId() == null || letter.subjectId() != id) {
            throw new NotVisibleException("Letter " + letterId);
        }
        return letters.pdf(letterId);
    }

    /** How and when the letter went. */
    public LetterView sent(String subjectType, long id, long letterId, Sent sent) {
        visible(subjectType, id);
        LetterView letter = letters.letter(letterId);
        if (!subjectType.equals(letter.subjectType()) || letter.subjectId() == null || letter.subjectId() != id) {
            throw new NotVisibleException("Letter " + letterId);
        }
        if (sent == null) {
            throw new InvalidInputException("body", "a JSON body with method and sentOn is required");
        }
        SentMethod method;
        try {
            method = SentMethod.valueOf(sent.method() == null ? "" : sent.method().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "method must be POST, HAND or EMAIL; got '" + sent.method() + "'");
        }
        LocalDate on;
        try {
            on = sent.sentOn() == null || sent.sentOn().isBlank() ? SystemClock.today(clock) : LocalDate.parse(sent.sentOn().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("sentOn", "sentOn must be a date written YYYY-MM-DD");
        }
        return letters.markSent(letterId, method, on);
    }

    private void visible(String subjectType, long id) {
        String upn = switch (subjectType) {
            case PenaltyNotices.SUBJECT -> Optional.ofNullable(em.find(PenaltyNotice.class, id)).map(PenaltyNotice::upn)
                    .orElse(null);
            case PenaltyNoticeWork.NTI_SUBJECT -> Optional.ofNullable(em.find(NoticeToImprove.class, id))
                    .map(NoticeToImprove::upn).orElse(null);
            case PenaltyNoticeWork.REQUEST_SUBJECT -> Optional.ofNullable(em.find(PenaltyNoticeRequest.class, id))
                    .map(PenaltyNoticeRequest::upn).orElse(null);
            default -> null;
        };
        if (upn == null) {
            throw new NotVisibleException(subjectType.replace('_', ' ') + " " + id);
        }
        pupils.visible(UniquePupilNumber.of(upn));
    }

    /** The council, the child, the school, the named carer (who must be a carer of the child) and the signing officer. */
    private Map<String, String> common(PupilRef pupil, long carerId) {
        Map<String, String> fields = new LinkedHashMap<>();
        var config = ConfigProvider.getConfig();
        put(fields, LetterField.COUNCIL_NAME, config.getOptionalValue("pathway.council.name", String.class).orElse(null));
        put(fields, LetterField.COUNCIL_ADDRESS, config.getOptionalValue("pathway.council.address", String.class)
                .map(a -> a.replace("|", "\n")).orElse(null));
        put(fields, LetterField.CHILD_NAME, pupil.name());
        put(fields, LetterField.CHILD_DATE_OF_BIRTH, pupil.dateOfBirth() == null ? null : DAY.format(pupil.dateOfBirth()));
        put(fields, LetterField.SCHOOL_NAME, pupil.schoolName());
        Families.CarerView carer = families.family(UniquePupilNumber.of(pupil.upn())).carers().stream()
                .filter(c -> c.carerId() == carerId).findFirst()
                .orElseThrow(() -> new InvalidInputException("carerId", "Carer " + carerId + " is not a carer of "
                        + pupil.name()));
        put(fields, LetterField.CARER_NAME, carer.forename() + " " + carer.surname());
        String address = ((carer.address() == null ? "" : carer.address().strip().replaceAll("\\s*,\\s*", "\n")) + "\n"
                + (carer.postcode() == null ? "" : carer.postcode())).strip();
        put(fields, LetterField.CARER_ADDRESS, address);
        StaffDirectory.Contact officer = staff.contactOf(access.caller().username());
        put(fields, LetterField.OFFICER_NAME, officer.fullName());
        put(fields, LetterField.OFFICER_PHONE, officer.phone());
        put(fields, LetterField.OFFICER_EMAIL, officer.email());
        return fields;
    }

    /** "£80 by 25 October 2026, or £160 by 1 November 2026", or the one amount of a second notice. */
    static String amounts(PenaltyNotice notice) {
        String full = "£" + notice.fullAmount() + " by " + DAY.format(notice.fullBy());
        return notice.reducedAmount() == null ? full
                : "£" + notice.reducedAmount() + " by " + DAY.format(notice.reducedBy()) + ", or " + full;
    }

    static String ground(PenaltyNoticeWithdrawalGround ground) {
        return switch (ground) {
            case OUGHT_NOT_TO_HAVE_BEEN_ISSUED -> "it ought not to have been issued";
            case WRONG_PERSON -> "it was issued to the wrong person";
            case MATERIAL_ERROR -> "it contains a material error";
            case NOT_PROSECUTED -> "it was not paid and the council has decided not to prosecute";
        };
    }

    private static String code(LetterOrder order, List<String> allowed, String otherwise) {
        String code = order == null || order.templateCode() == null || order.templateCode().isBlank() ? otherwise
                : order.templateCode().strip();
        if (!allowed.contains(code)) {
            throw new InvalidInputException("templateCode", "templateCode must be one of " + String.join(", ", allowed)
                    + "; got '" + code + "'");
        }
        return code;
    }

    private static void put(Map<String, String> fields, LetterField field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field.key(), value.strip());
        }
    }
}
