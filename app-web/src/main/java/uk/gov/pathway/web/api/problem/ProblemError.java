package uk.gov.pathway.web.api.problem;

/** One invalid field, or one invalid row of a file (line and column). */
public record ProblemError(Integer line, String column, String message) {
}
