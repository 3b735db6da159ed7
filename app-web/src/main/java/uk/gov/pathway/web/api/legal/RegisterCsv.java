package uk.gov.pathway.web.api.legal;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.pathway.legal.boundary.PenaltyNoticeViews;

/** The penalty notice register as CSV (RFC 4180): one row per notice; a cell that a spreadsheet would run is quoted as text. */
public final class RegisterCsv {

    public static final List<String> HEADER = List.of("id", "upn", "laestab", "carerId", "carerName", "sequence",
            "status", "issuedBy", "issuedOn", "serviceMethod", "servedOn", "receivedOn", "reducedAmount", "reducedBy",
            "fullAmount", "fullBy", "mainReason", "sessions", "paid", "settledOn", "unpaidOn", "payments",
            "withdrawalGround", "withdrawalReason", "withdrawnOn", "refundDue", "refundedOn");

    private RegisterCsv() {
    }

    public static String write(List<PenaltyNoticeViews.Notice> notices) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (PenaltyNoticeViews.Notice n : notices) {
            PenaltyNoticeViews.Withdrawal w = n.withdrawal();
            List<Object> cells = List.of(n.id(), n.upn(), s(n.laestab()), n.carerId(), n.carerName(), n.sequence(),
                    n.status(), n.issuedBy(), n.issuedOn(), n.serviceMethod(), n.servedOn(), n.receivedOn(),
                    s(n.reducedAmount()), s(n.reducedBy()), n.fullAmount(), n.fullBy(), n.mainReason(),
                    String.join(" ", n.sessions()), n.paid().toPlainString(), s(n.settledOn()), s(n.unpaidOn()),
                    n.payments().stream().map(p -> p.paidOn() + " " + p.amount().toPlainString()
                            + (p.reference() == null ? "" : " " + p.reference())).collect(Collectors.joining("; ")),
                    w == null ? "" : w.ground(), w == null ? "" : s(w.reason()), w == null ? "" : s(w.withdrawnOn()),
                    w == null || w.refundDue() == null ? "" : w.refundDue().toPlainString(),
                    w == null ? "" : s(w.refundedOn()));
            out.append(cells.stream().map(c -> cell(String.valueOf(c))).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is kept as text. */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        return text.matches(".*[,\"\r\n].*") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
