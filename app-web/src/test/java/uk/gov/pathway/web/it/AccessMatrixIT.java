package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.pathway.registration.entity.UniquePupilNumber;

/**
 * Every REST method and every screen of the deployed WAR, found at run time, asked by every demo role about a child of
 * the caller's own school, a child of another school and a case the caller may not read, each answer checked against
 * the table "Endpoints and screens" in the README (the one statement of access). A new endpoint or screen without a row
 * fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> ROLES = List.of("it-admin", "sas-manager", "statutory-officer", "traded-officer",
            "early-help-worker", "school-lead-9991001", "claag-chair", "claag-member", "legal-officer", "fap-member");
    private static final List<String> OFFICERS = List.of("statutory-officer", "traded-officer", "early-help-worker");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)\\s*(?::(?:[^{}]|\\{[^{}]*})*)?}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pathwayWar().addClass(DeadlineFixture.class);
    }

    @ArquillianResource
    URL base;

    static URL server;

    /** A fictional UPN of LA 999 no other test uses (year digits 41). */
    static String upn(int serial) {
        String last12 = "9991001" + "41" + String.format("%03d", serial);
        return UniquePupilNumber.checkLetterFor(last12) + last12;
    }

    /** What a path parameter is filled with: the own-school subject and the other (or unreadable) one. */
    record Subject(String upn, String laestab, long caseId, Long letterId, Long actionId, Long neededId,
                   Long referralId, Long taskId, long transferId, PanelSubject panel, Notices notices,
                   Legal legal) {
    }

    /** A panel, a meeting of it with a case on its agenda (its papers), and a decision of that panel (or none). */
    record PanelSubject(String panel, long meetingId, long caseId, Long decisionId) {
    }

    /** The penalty notice subjects of a child: a penalty notice, a school's request for one and a notice to improve. */
    record Notices(long noticeId, long requestId, long ntiId, long letterId) {
    }

    /** The case's orders and prosecution file (issue 13), and a document of the file. */
    record Legal(Long esoId, Long saoId, Long contractId, Long fileId, Long documentId) {
    }

    record Row(String name, Map<String, String> cells) {
    }

    @Test
    void everyEndpointAndScreenHasARowAndEveryRowNamesOne() throws IOException {
        Map<String, Row> table = table();
        TreeSet<String> found = new TreeSet<>(endpoints().keySet());
        found.addAll(screens());
        assertThat(found).as("endpoints and screens without a row in README.md").isSubsetOf(table.keySet());
        assertThat(table.keySet()).as("rows of README.md that name no endpoint or screen").isSubsetOf(found);
    }

    @Test
    void everyRoleGetsWhatTheReadmeSaysOfEveryEndpointAndScreen() throws IOException {
        server = base;
        // the server's today is a Tuesday inside the test calendar, never the real date (put back after all)
        Api.Answer pinned = Api.as(base, "it-admin").putJson("clock", "{\"now\": \"2026-02-03T10:00:00Z\"}");
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        Map<String, Row> table = table();
        Map<String, Subject> mine = new LinkedHashMap<>();
        Subject other = setUp(mine);
        Map<String, String> bodies = bodies();
        List<String> roles = new ArrayList<>();
        for (String role : ROLES) {
            if (Api.as(base, role).get("clock").status() != 401) {
                roles.add(role);
            }
        }
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Map<String, Method> endpoints = endpoints();
        List<String> screens = screens();
        roles.parallelStream().forEach(role -> {
            Api api = Api.as(base, role);
            Subject own = mine.get(role);
            for (String endpoint : endpoints.keySet()) {
                String cell = table.containsKey(endpoint) ? table.get(endpoint).cells().get(role) : null;
                if (cell == null) {
                    continue;
                }
                String method = endpoint.substring(0, endpoint.indexOf(' '));
                String template = endpoint.substring(endpoint.indexOf(' ') + 2);
                for (Probe probe : probes(cell, template, own, other)) {
                    String path = fill(template, probe.subject());
                    if (path == null) {
                        continue;
                    }
                    if (template.equals("referrals/form")) {
                        path += "?upn=" + probe.subject().upn();
                    }
                    // an action that reads no body (a task done) is sent bare, as API.md says it takes it
                    String body = method.equals("GET") || method.equals("DELETE") || !readsBody(endpoints.get(endpoint))
                            ? null
                            : bodies.getOrDefault(endpoint, "{}").replace("UPN", probe.subject().upn())
                            .replace("CASEID", String.valueOf(probe.subject().caseId()));
                    String type = body == null ? null : endpoint.startsWith("POST /imports")
                            || endpoint.equals("POST /penalty-notice-payments") ? "text/csv"
                            : "application/json";
                    HttpResponse<String> answer = api.send(method, path, type, body);
                    judge(wrong, role, endpoint + " as " + probe.name() + " (" + method + " " + path + ")",
                            probe.allowed(), answer.statusCode(), answer.body(), false);
                }
            }
            for (String screen : screens) {
                String cell = table.containsKey(screen) ? table.get(screen).cells().get(role) : null;
                if (cell == null) {
                    continue;
                }
                for (Probe probe : probes(cell, screen, own, other)) {
                    if (screen.startsWith("/officer/triage") && probe.subject().referralId() == null) {
                        continue; // no such subject of this kind (another school's referral): nothing to try
                    }
                    String address = screen.substring(1) + (screen.startsWith("/pupil/") ? "?upn=" + probe.subject().upn()
                            : screen.startsWith("/case/") ? "?id=" + probe.subject().caseId()
                            : fileScreen(screen) ? "?id=" + probe.subject().legal().fileId()
                            : screen.startsWith("/officer/triage") ? "?id=" + probe.subject().referralId()
                            : screen.startsWith("/panel/meeting") ? "?id=" + probe.subject().panel().meetingId() : "");
                    HttpResponse<String> answer = api.sendTo(URI.create(base.toString()).resolve(address));
                    judge(wrong, role, screen + " as " + probe.name() + " (" + address + ")", probe.allowed(),
                            answer.statusCode(), answer.body(), true);
                }
            }
        });
        assertThat(wrong).as("answers that disagree with README.md, Endpoints and screens").isEmpty();
    }

    @AfterAll
    static void putTheClockBack() {
        if (server != null) {
            Api.as(server, "it-admin").send("DELETE", "clock", null, null);
        }
    }

    record Probe(String name, Subject subject, boolean allowed) {
    }

    /** Which subjects a cell is tried with, and whether each must be allowed. */
    private static List<Probe> probes(String cell, String template, Subject own, Subject other) {
        boolean aboutSomeone = template.contains("{upn}") || template.contains("{id}") || template.contains("{laestab}")
                || template.contains("{jobId}") || template.startsWith("/pupil/") || template.startsWith("/case/")
                || template.equals("referrals/form") || template.startsWith("/officer/triage") || fileScreen(template)
                || template.contains("{panel}") || template.startsWith("/panel/meeting");
        return switch (cell) {
            case "yes" -> List.of(new Probe("other subject", other, true), new Probe("own subject", own, true));
            case "own", "case", "panel" -> aboutSomeone
                    ? List.of(new Probe("own subject", own, true), new Probe("other subject", other, false))
                    : List.of(new Probe("no subject", own, true));
            case "self", "link" -> aboutSomeone ? List.of(new Probe("other subject", other, false))
                    : List.of(new Probe("no subject", own, true));
            case "no" -> List.of(new Probe("own subject", own, false));
            case "any" -> List.of(new Probe("any", own, true));
            default -> throw new IllegalStateException("README.md: unknown cell '" + cell + "' in the row of " + template);
        };
    }

    /** A screen of one prosecution file (?id=), the officer's or Legal Services'. */
    private static boolean fileScreen(String screen) {
        return screen.startsWith("/legal/file") || screen.startsWith("/officer/prosecution-file");
    }

    private static void judge(List<String> wrong, String role, String what, boolean allowed, int status, String body,
                              boolean screen) {
        boolean refusedPage = screen && body != null && (body.contains("<title>You cannot open this page")
                || body.contains("<title>Page not found") || body.contains("<title>No Pathway role"));
        boolean refused = status == 401 || status == 403 || status == 404 || refusedPage;
        if (status >= 500) {
            wrong.add(role + ": " + what + " answered " + status);
        } else if (what.contains(" as any ")) {
            return;
        } else if (status >= 500) {
            wrong.add(role + ": " + what + " answered " + status);
        } else if (allowed && refused) {
            wrong.add(role + ": " + what + " refused (" + status + "), README says allowed");
        } else if (!allowed && !refused) {
            wrong.add(role + ": " + what + " allowed (" + status + "), README says refused");
        }
    }

    private static String fill(String template, Subject s) {
        String kind = template.startsWith("letters/") ? "letter" : template.startsWith("referrals/") ? "referral"
                : template.startsWith("education-supervision-orders/") ? "eso"
                : template.startsWith("school-attendance-orders/") ? "sao"
                : template.startsWith("parenting-contracts/") ? "contract"
                : template.startsWith("prosecution-files/") ? "file"
                : template.startsWith("penalty-notices/") ? "notice"
                : template.startsWith("penalty-notice-requests/") ? "request"
                : template.startsWith("notices-to-improve/") ? "nti"
                : template.startsWith("tasks/") ? "task" : template.startsWith("transfers/") ? "transfer"
                : template.startsWith("panel-meetings/") ? "meeting" : template.startsWith("panel-decisions/")
                ? "decision" : "case";
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "upn" -> s.upn();
                case "laestab" -> s.laestab();
                case "id" -> switch (kind) {
                    case "letter" -> String.valueOf(s.letterId());
                    case "referral" -> s.referralId() == null ? null : String.valueOf(s.referralId());
                    case "task" -> String.valueOf(s.taskId());
                    case "transfer" -> String.valueOf(s.transferId());
                    case "eso" -> String.valueOf(s.legal().esoId());
                    case "sao" -> String.valueOf(s.legal().saoId());
                    case "contract" -> String.valueOf(s.legal().contractId());
                    case "file" -> String.valueOf(s.legal().fileId());
                    case "meeting" -> String.valueOf(s.panel().meetingId());
                    case "decision" -> s.panel().decisionId() == null ? null : String.valueOf(s.panel().decisionId());
                    case "notice" -> String.valueOf(s.notices().noticeId());
                    case "request" -> String.valueOf(s.notices().requestId());
                    case "nti" -> String.valueOf(s.notices().ntiId());
                    default -> String.valueOf(s.caseId());
                };
                case "panel" -> s.panel().panel();
                case "caseId" -> String.valueOf(s.panel().caseId());
                case "documentId" -> String.valueOf(s.legal().documentId());
                case "actionId" -> String.valueOf(s.actionId());
                case "letterId" -> String.valueOf(s.notices().letterId());
                case "neededId" -> String.valueOf(s.neededId());
                case "code" -> template.startsWith("letter-templates") ? "ATTENDANCE_LETTER_1" : "KNOWSLEY";
                case "level" -> "L2";
                case "username" -> "matrix-nobody";
                case "kind" -> "pupils";
                case "jobId" -> "0";
                case "startYear" -> "2025";
                default -> throw new IllegalStateException("No subject fills {" + m.group(1) + "} of " + template);
            };
            if (value == null) {
                return null; // no such subject of this kind (another school's referral): nothing to try
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Bodies of writes where an empty object would not reach the service's checks; UPN is the subject's. */
    private static Map<String, String> bodies() {
        return Map.of(
                "POST /imports/{kind}", "upn,laestab\n",
                "POST /pathway-models", "{\"from\": \"KNOWSLEY\", \"code\": \"\", \"name\": \"\"}",
                "PUT /schools/{laestab}/calendar-exceptions", "{\"closures\": [], \"openDays\": []}",
                "POST /cases", "{\"upn\": \"UPN\"}",
                "POST /penalty-notice-payments", "reference,amount,paid_on\n",
                "POST /referrals", "{\"upn\": \"UPN\"}",
                "POST /panels/{panel}/referrals", "{\"caseId\": CASEID, \"reason\": \"Access matrix\"}");
    }

    // ---- the subjects -------------------------------------------------------------------------------------------

    /**
     * Children A (own school, case at L2 worked by early-help-worker), S and T (own school, cases allocated to the
     * statutory and the traded officer), L (own school, an unallocated Level 1 case: school action, which the school
     * lead works) and H (another school, an unallocated Level 2 case only the manager reads), each case with a plan
     * action, an assessment needed and a letter; and an overdue task of someone who is none of the roles tried, which
     * only the manager may mark done. Answers the "other" subject; fills {@code mine} with each role's own.
     */
    private Subject setUp(Map<String, Subject> mine) {
        TestCouncil.ensure(base);
        Api admin = Api.as(base, "it-admin");
        Api manager = Api.as(base, "sas-manager");
        StringBuilder csv = new StringBuilder("upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n");
        String[] names = {"Ash", "Sol", "Tam", "Hal", "Lee", "Kit"};
        for (int i = 0; i < names.length; i++) {
            csv.append(upn(i + 1)).append(i == 3 || i == 5 ? ",9991002," : ",9991001,").append(names[i])
                    .append(",Matrixson,2015-06-0").append(i + 1).append(",5,X,2025-09-01\n");
        }
        JsonObject job = admin.importAndWait("pupils", csv.toString());
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
        Subject a = caseFor(manager, upn(1), "9991001", "L2", "early-help-worker");
        Subject s = caseFor(manager, upn(2), "9991001", "L3", "statutory-officer");
        Subject t = caseFor(manager, upn(3), "9991001", "L2", "traded-officer");
        Subject h = caseFor(manager, upn(4), "9991002", "L2", null);
        Subject l = caseFor(manager, upn(5), "9991001", "L1", null);
        a = withLegal(a, legalFor(manager, a, false));
        s = withLegal(s, legalFor(manager, s, true));
        t = withLegal(t, legalFor(manager, t, false));
        h = withLegal(h, legalFor(manager, h, false));
        l = withLegal(l, a.legal()); // the school lead is refused all of them: tried with the family's next door
        long task = overdueTaskOfSomeoneElse(manager, h.caseId());
        long transfer = transferAskedFor(manager, upn(6));
        Api lead = Api.as(base, "school-lead-9991001");
        Long referral = null;
        for (var r : lead.get("referrals").json().asJsonArray()) {
            if (r.asJsonObject().getString("upn", "").equals(upn(1))) {
                referral = r.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        if (referral == null) {
            Api.Answer made = lead.postJson("referrals", """
                    {"upn": "%s", "form": {"reason": "Often absent on Mondays", "attendanceSummary": "88%%",
                     "attendanceHistory": "2024/25: 91%%"}}""".formatted(upn(1)));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            referral = made.object().getJsonNumber("id").longValue();
        }
        // CLAAG: case A listed on a coming meeting (its papers), case S decided at it; Fair Access: case T listed;
        // the pre-proceedings panel (no demo role tried is of it): case H listed
        PanelSubject claag = panelSubject(manager, "CLAAG", "2026-02-10", a.caseId(), s.caseId());
        PanelSubject fairAccess = panelSubject(manager, "FAIR_ACCESS", "2026-02-11", t.caseId(), null);
        PanelSubject preProceedings = panelSubject(manager, "PRE_PROCEEDINGS", "2026-02-12", h.caseId(), null);
        Notices ownNotice = noticesFor(manager, l.upn(), "9991001");
        Notices otherNotice = noticesFor(manager, h.upn(), "9991002");
        Subject own = with(a, referral, task, transfer, claag, ownNotice);
        for (String role : ROLES) {
            mine.put(role, switch (role) {
                case "statutory-officer", "legal-officer" -> with(s, referral, task, transfer, claag, ownNotice);
                case "traded-officer" -> with(t, referral, task, transfer, claag, ownNotice);
                case "school-lead-9991001" -> with(l, referral, task, transfer, claag, ownNotice);
                case "fap-member" -> with(a, referral, task, transfer, fairAccess, ownNotice);
                default -> own;
            });
        }
        return with(h, null, task, transfer, new PanelSubject(preProceedings.panel(), preProceedings.meetingId(),
                preProceedings.caseId(), null), otherNotice);
    }

    private static Subject with(Subject s, Long referral, long task, long transfer, PanelSubject panel,
                                Notices notices) {
        return new Subject(s.upn(), s.laestab(), s.caseId(), s.letterId(), s.actionId(), s.neededId(), referral, task,
                transfer, panel, notices, s.legal());
    }

    /**
     * A meeting of the panel on {@code date} with {@code listedCase} on its agenda (referred by the manager's override)
     * and, when {@code decidedCase} is given, that case decided there (strategies agreed); made once, found after.
     */
    private PanelSubject panelSubject(Api manager, String panel, String date, long listedCase, Long decidedCase) {
        JsonObject existing = manager.get("cases/" + listedCase + "/panel-referrals").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("panel").equals(panel)
                        && !r.isNull("meetingId")).findFirst().orElse(null);
        long meeting;
        if (existing != null) {
            meeting = existing.getJsonNumber("meetingId").longValue();
        } else {
            Api.Answer planned = manager.postJson("panels/" + panel + "/meetings",
                    "{\"date\": \"" + date + "\", \"time\": \"10:00\", \"place\": \"Room 1\"}");
            assertThat(planned.status()).as(planned.body()).isEqualTo(201);
            meeting = planned.object().getJsonNumber("id").longValue();
            listed(manager, panel, meeting, listedCase);
        }
        Long decision = null;
        if (decidedCase != null) {
            JsonObject view = manager.get("panel-meetings/" + meeting).object();
            decision = view.getJsonArray("decisions").stream().map(JsonValue::asJsonObject)
                    .filter(d -> d.getJsonNumber("caseId").longValue() == decidedCase)
                    .map(d -> d.getJsonNumber("id").longValue()).findFirst().orElse(null);
            if (decision == null) {
                listed(manager, panel, meeting, decidedCase);
                Api.Answer present = manager.putJson("panel-meetings/" + meeting + "/attendance", """
                        {"people": [{"username": "claag-chair", "status": "PRESENT"},
                                    {"username": "claag-member", "status": "PRESENT"}]}""");
                assertThat(present.status()).as(present.body()).isEqualTo(200);
                Api.Answer decided = manager.postJson("panel-meetings/" + meeting + "/decisions", """
                        {"caseId": %d, "outcome": "STRATEGIES_AGREED", "reasons": "Access matrix"}"""
                        .formatted(decidedCase));
                assertThat(decided.status()).as(decided.body()).isEqualTo(201);
                decision = decided.object().getJsonNumber("id").longValue();
            }
        }
        return new PanelSubject(panel, meeting, listedCase, decision);
    }

    private static void listed(Api manager, String panel, long meeting, long caseId) {
        Api.Answer referred = manager.postJson("panels/" + panel + "/referrals", """
                {"caseId": %d, "reason": "Access matrix", "overrideReason": "Access matrix: listed without evidence"}"""
                .formatted(caseId));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        Api.Answer listed = manager.postJson("panel-meetings/" + meeting + "/agenda",
                "{\"referralId\": " + referred.object().getJsonNumber("id").longValue() + "}");
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
    }

    /** The child's penalty notice, a request for one (the manager's: any school) and a notice to improve. */
    private Notices noticesFor(Api manager, String upn, String laestab) {
        long notice = penaltyNoticeFor(manager, upn, laestab);
        Optional<Long> request = manager.get("penalty-notice-requests").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("upn").equals(upn))
                .map(r -> r.getJsonNumber("id").longValue()).findFirst();
        if (request.isEmpty()) {
            Api.Answer made = manager.postJson("penalty-notice-requests", """
                    {"upn": "%s", "sessions": ["2026-01-12/AM"], "lettersSent": "Attendance letter 1 on 2026-01-13",
                     "supportOffered": "A meeting with the attendance lead"}""".formatted(upn));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            request = Optional.of(made.object().getJsonNumber("id").longValue());
        }
        Optional<Long> nti = manager.get("notices-to-improve").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("upn").equals(upn))
                .map(r -> r.getJsonNumber("id").longValue()).findFirst();
        if (nti.isEmpty()) {
            long mother = manager.get("pupils/" + upn + "/family").object().getJsonArray("carers").getJsonObject(0)
                    .getJsonNumber("carerId").longValue();
            Api.Answer made = manager.postJson("notices-to-improve", """
                    {"upn": "%s", "carerId": %d, "issuedOn": "2026-01-26", "schoolWeeks": 3}"""
                    .formatted(upn, mother));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            nti = Optional.of(made.object().getJsonNumber("id").longValue());
        }
        Optional<Long> letter = manager.get("penalty-notices/" + notice + "/letters").json().asJsonArray().stream()
                .map(l -> l.asJsonObject().getJsonNumber("id").longValue()).findFirst();
        if (letter.isEmpty()) {
            Api.Answer made = manager.postJson("penalty-notices/" + notice + "/letters",
                    "{\"templateCode\": \"PENALTY_NOTICE\"}");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            letter = Optional.of(made.object().getJsonNumber("id").longValue());
        }
        return new Notices(notice, request.get(), nti.get(), letter.get());
    }

    /** A penalty notice to the child's mother (added with the child's case) for an unauthorised session (U). */
    private long penaltyNoticeFor(Api manager, String upn, String laestab) {
        Optional<Long> existing = manager.get("pupils/" + upn + "/penalty-notices").json().asJsonArray().stream()
                .map(n -> n.asJsonObject().getJsonNumber("id").longValue()).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        JsonObject marks = Api.as(base, "it-admin").importAndWait("attendance",
                "upn,laestab,date,session,code\n" + upn + "," + laestab + ",2026-01-12,AM,U\n");
        assertThat(marks.getString("status")).as(marks.toString()).isEqualTo("COMPLETED");
        long mother = manager.get("pupils/" + upn + "/family").object().getJsonArray("carers").getJsonObject(0)
                .getJsonNumber("carerId").longValue();
        Api.Answer notice = manager.postJson("penalty-notices", """
                {"upn": "%s", "carerId": %d, "issuedOn": "2026-01-20", "issuedBy": "LOCAL_AUTHORITY",
                 "sessions": ["2026-01-12/AM"], "service": {"method": "HAND", "on": "2026-01-20"}}"""
                .formatted(upn, mother));
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        return notice.object().getJsonNumber("id").longValue();
    }

    private static Subject withLegal(Subject s, Legal legal) {
        return new Subject(s.upn(), s.laestab(), s.caseId(), s.letterId(), s.actionId(), s.neededId(), s.referralId(),
                s.taskId(), s.transferId(), s.panel(), s.notices(), legal);
    }

    /**
     * The case's Education Supervision Order, School Attendance Order procedure, parenting contract and prosecution
     * file with a document; {@code referred}: the file is completed and referred to Legal Services (the legal
     * officer's own subject), else it stays open and incomplete (so that no probe can refer it).
     */
    private Legal legalFor(Api manager, Subject s, boolean referred) {
        String c = "cases/" + s.caseId();
        Long sao = firstId(manager.get(c + "/school-attendance-orders"));
        if (sao == null) {
            Api.Answer made = manager.postJson(c + "/school-attendance-orders", "{\"servedOn\": \"2026-01-05\"}");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            sao = made.object().getJsonNumber("id").longValue();
        }
        Long eso = firstId(manager.get(c + "/education-supervision-orders"));
        if (eso == null) {
            Api.Answer made = manager.postJson(c + "/education-supervision-orders",
                    "{\"madeOn\": \"2026-02-02\", \"supervisingOfficer\": \"statutory-officer\"}");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            eso = made.object().getJsonNumber("id").longValue();
        }
        Long contract = firstId(manager.get(c + "/parenting-contracts"));
        if (contract == null) {
            Api.Answer made = manager.postJson(c + "/parenting-contracts", """
                    {"parties": ["Mo Matrixson", "Riverside Primary School", "The council"],
                     "parentCommitments": "Morning routine", "supportCommitments": "Weekly check-in",
                     "signedOn": "2026-01-26", "reviewEveryWeeks": 4}""");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            contract = made.object().getJsonNumber("id").longValue();
        }
        Long file = firstId(manager.get(c + "/prosecution-files"));
        if (file == null) {
            Api.Answer made = manager.postJson(c + "/prosecution-files", """
                    {"section": "444(1)", "upns": ["%s"], "from": "2026-01-05", "to": "2026-01-16"}"""
                    .formatted(s.upn()));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            file = made.object().getJsonNumber("id").longValue();
            String pdf = java.util.Base64.getEncoder().encodeToString(LegalApiIT.signedPdf("Matrix document"));
            Api.Answer doc = manager.postJson("prosecution-files/" + file + "/documents",
                    "{\"kind\": \"OTHER\", \"title\": \"Matrix\", \"pdf\": \"" + pdf + "\"}");
            assertThat(doc.status()).as(doc.body()).isEqualTo(201);
            if (referred) {
                long carer = manager.get("pupils/" + s.upn() + "/family").object().getJsonArray("carers")
                        .getJsonObject(0).getJsonNumber("carerId").longValue();
                String f = "prosecution-files/" + file;
                assertThat(manager.postJson(f + "/parent", "{\"carerId\": " + carer + "}").status()).isEqualTo(200);
                assertThat(manager.postJson(f + "/s447", "{\"consideration\": \"Considered\"}").status())
                        .isEqualTo(200);
                assertThat(manager.postJson(f + "/evidence", """
                        {"kind": "CERTIFICATE_S566", "on": "2026-01-19", "person": "Head", "laestab": "%s",
                         "summary": "Certified"}""".formatted(s.laestab())).status()).isEqualTo(201);
                assertThat(manager.postJson(f + "/evidence", """
                        {"kind": "WITNESS_STATEMENT", "on": "2026-01-19", "person": "Officer", "summary": "Statement"}""")
                        .status()).isEqualTo(201);
                HttpResponse<String> sent = manager.send("POST", f + "/referral", null, null);
                assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            }
        }
        Long document = manager.get("prosecution-files/" + file).object().getJsonArray("documents").stream()
                .map(d -> d.asJsonObject().getJsonNumber("id").longValue()).findFirst().orElse(0L);
        return new Legal(eso, sao, contract, file, document);
    }

    private static Long firstId(Api.Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().asJsonArray().stream().map(x -> x.asJsonObject().getJsonNumber("id").longValue())
                .findFirst().orElse(null);
    }

    /** A move of Kit (on roll at 9991002) that school-lead-9991001's pupils file asks for: a transfer waiting. */
    private long transferAskedFor(Api manager, String upn) {
        Optional<Long> waiting = waitingTransferOf(manager, upn);
        if (waiting.isPresent()) {
            return waiting.get();
        }
        // a week after the server's today (the matrix pins the server's clock), never the real date
        LocalDate today = LocalDate.parse(Api.as(base, "it-admin").get("clock").object().getString("today"));
        JsonObject job = Api.as(base, "school-lead-9991001").importAndWait("pupils",
                "upn,laestab,forename,surname,date_of_birth,year_group,gender,entry_date\n" + upn
                        + ",9991001,Kit,Matrixson,2015-06-06,5,X," + today.plusDays(7) + "\n");
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
        return waitingTransferOf(manager, upn).orElseThrow(() -> new AssertionError("no transfer waits for " + upn));
    }

    private static Optional<Long> waitingTransferOf(Api manager, String upn) {
        return manager.get("transfers").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> upn.equals(t.getString("upn", ""))).map(t -> t.getJsonNumber("id").longValue())
                .findFirst();
    }

    /** An open task due yesterday of a person who is none of the roles tried (its deadline fires by its own timer). */
    private long overdueTaskOfSomeoneElse(Api manager, long caseId) {
        Optional<Long> existing = openTaskOfNobody(manager);
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate today = LocalDate.parse(Api.as(base, "it-admin").get("clock").object().getString("today"));
        HttpResponse<String> made = manager.send("POST", "test/deadlines", "application/json", """
                {"kind": "MATRIX", "title": "Access matrix task", "subjectType": "case", "subjectId": %d,
                 "owner": "matrix-nobody", "dueDate": "%s"}""".formatted(caseId, today.minusDays(1)));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Optional<Long> task = openTaskOfNobody(manager);
            if (task.isPresent()) {
                return task.get();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the deadline of matrix-nobody raised no overdue task within a minute");
    }

    private static Optional<Long> openTaskOfNobody(Api manager) {
        return manager.get("tasks/overdue").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("owner").equals("matrix-nobody") && t.isNull("doneAt"))
                .map(t -> t.getJsonNumber("id").longValue()).findFirst();
    }


    private Subject caseFor(Api manager, String upn, String laestab, String level, String officer) {
        Optional<Long> existing = manager.get("pupils/" + upn + "/cases").json().asJsonArray().stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).findFirst();
        long caseId;
        if (existing.isPresent()) {
            caseId = existing.get();
        } else {
            Api.Answer opened = manager.postJson("cases", "{\"upn\": \"" + upn + "\", \"level\": \"" + level
                    + "\", \"reason\": \"Access matrix\"" + (officer == null ? "" : ", \"officer\": \"" + officer + "\"")
                    + "}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            caseId = opened.object().getJsonNumber("id").longValue();
            LocalDate today = LocalDate.parse(Api.as(base, "it-admin").get("clock").object().getString("today"));
            Api.Answer mother = manager.postJson("pupils/" + upn + "/carers", """
                    {"forename": "Mo", "surname": "Matrixson", "relationship": "MOTHER", "parentalResponsibility": true,
                     "livesWith": true, "address": "1 Test Row, Testtown", "postcode": "TE1 1ST"}""");
            assertThat(mother.status()).as(mother.body()).isEqualTo(201);
            Api.Answer planned = manager.postJson("cases/" + caseId + "/plans", """
                    {"targetAttendancePercent": 95.0, "targets": "Attend every day",
                     "sharedWithFamily": true, "sharedWithChild": true,
                     "actions": [{"description": "Morning call", "ownerKind": "PERSON", "ownerName": "Lead",
                                  "dueOn": "%s", "expectedOutcome": "On time"}]}""".formatted(today.plusWeeks(3)));
            assertThat(planned.status()).as(planned.body()).isEqualTo(201);
            Api.Answer assessed = manager.postJson("cases/" + caseId + "/assessments", """
                    {"assessedOn": "%s", "reasons": "Anxiety", "childVoice": "Quiet start",
                     "assessmentsNeeded": [{"kind": "EARLY_HELP_ASSESSMENT", "dueOn": "%s"}]}"""
                    .formatted(today, today.plusWeeks(4)));
            assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
            Api.Answer letter = manager.postJson("cases/" + caseId + "/letters",
                    "{\"templateCode\": \"ATTENDANCE_LETTER_1\", \"upn\": \"" + upn + "\"}");
            assertThat(letter.status()).as(letter.body()).isEqualTo(201);
        }
        JsonObject detail = manager.get("cases/" + caseId).object();
        Long actionId = detail.getJsonArray("plans").stream().flatMap(p -> p.asJsonObject().getJsonArray("actions")
                .stream()).map(x -> x.asJsonObject().getJsonNumber("id").longValue()).findFirst().orElse(0L);
        Long neededId = detail.getJsonArray("assessmentsNeeded").stream()
                .map(n -> n.asJsonObject().getJsonNumber("id").longValue()).findFirst().orElse(0L);
        Long letterId = manager.get("cases/" + caseId + "/letters").json().asJsonArray().stream()
                .map(l -> l.asJsonObject().getJsonNumber("id").longValue()).findFirst().orElse(0L);
        return new Subject(upn, laestab, caseId, letterId, actionId, neededId, null, null, 0L, null, null, null);
    }

    // ---- what exists: found in the WAR, not listed by hand ------------------------------------------------------

    private static File war() {
        return new File(System.getProperty("pathway.war", "target/pathway.war"));
    }

    /** "GET pupils/{upn}" and so on, relative to /api/v1, from the classes annotated @Path in WEB-INF/classes. */
    static Map<String, Method> endpoints() throws IOException {
        Map<String, Method> found = new LinkedHashMap<>();
        ClassLoader loader = AccessMatrixIT.class.getClassLoader();
        try (ZipFile war = new ZipFile(war())) {
            for (ZipEntry entry : Collections.list(war.entries())) {
                String name = entry.getName();
                if (!name.startsWith("WEB-INF/classes/") || !name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                String className = name.substring("WEB-INF/classes/".length(), name.length() - 6).replace('/', '.');
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("A class of the WAR is not on the test's class path: " + className, e);
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = join(root.value(), sub == null ? "" : sub.value());
                    found.put(http + " /" + path, method);
                }
            }
        }
        return found;
    }

    /** Whether a resource method reads a body: a parameter without a Jakarta REST annotation (@PathParam, ...). */
    private static boolean readsBody(Method method) {
        return java.util.Arrays.stream(method.getParameters()).anyMatch(p -> java.util.Arrays.stream(p.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")));
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Joins a resource's and a method's @Path, regular expressions of parameters left out ({id: \d+} is {id}). */
    private static String join(String root, String sub) {
        String path = (strip(root) + "/" + strip(sub));
        path = strip(path);
        return PARAMETER.matcher(path).replaceAll("{$1}");
    }

    private static String strip(String path) {
        String p = path.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The Faces views of the WAR: every .xhtml outside WEB-INF, as "/school/pupils.xhtml". */
    static List<String> screens() throws IOException {
        List<String> views = new ArrayList<>();
        try (ZipFile war = new ZipFile(war())) {
            for (ZipEntry entry : Collections.list(war.entries())) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")) {
                    views.add("/" + name);
                }
            }
        }
        Collections.sort(views);
        return views;
    }

    /** The README's table: one row per endpoint or screen, a column per demo role. */
    static Map<String, Row> table() throws IOException {
        Path readme = Path.of("..", "README.md");
        if (!Files.isRegularFile(readme)) {
            readme = Path.of("README.md");
        }
        List<String> lines = Files.readAllLines(readme);
        int at = lines.indexOf("### Endpoints and screens");
        assertThat(at).as("README.md has a section ### Endpoints and screens").isNotNegative();
        List<String> header = null;
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (header != null && !rows.isEmpty()) {
                    break;
                }
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(cell.strip().replace("`", ""));
            }
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            Map<String, String> byRole = new LinkedHashMap<>();
            for (int c = 1; c < cells.size() && c < header.size(); c++) {
                byRole.put(header.get(c), cells.get(c));
            }
            String name = cells.get(0);
            // API rows are written as in the JAX-RS model relative to /api/v1: "GET /pupils/{upn}".
            Row previous = rows.put(name, new Row(name, byRole));
            assertThat(previous).as("README.md names " + name + " twice").isNull();
        }
        assertThat(header).as("README.md: the table under Endpoints and screens").isNotNull();
        assertThat(header.subList(1, header.size())).as("a column per demo role").containsAll(ROLES.subList(0, 9));
        return rows;
    }
}
