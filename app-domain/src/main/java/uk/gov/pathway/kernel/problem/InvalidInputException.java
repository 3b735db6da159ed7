package uk.gov.pathway.kernel.problem;

import java.util.List;
import jakarta.ejb.ApplicationException;

/** Input was refused; nothing of it was written (the transaction rolls back). */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(InputProblem.of(field, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        return problems.size() + " problems, the first: " + (problems.isEmpty() ? "" : problems.get(0).message());
    }
}
