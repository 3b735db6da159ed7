package uk.gov.pathway.integration.csv;

import java.util.List;
import uk.gov.pathway.kernel.problem.InputProblem;

/** The file as a whole cannot be read as the import's CSV. */
public class CsvFileException extends Exception {

    private final List<InputProblem> problems;

    public CsvFileException(List<InputProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
