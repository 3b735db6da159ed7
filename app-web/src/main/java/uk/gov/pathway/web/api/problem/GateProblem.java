package uk.gov.pathway.web.api.problem;

import java.util.List;

/** A step up refused at the pathway gate: problem+json (RFC 9457) with the extension member missingEvidence. */
public record GateProblem(String type, String title, int status, String detail, String instance,
                          List<String> missingEvidence) {
}
