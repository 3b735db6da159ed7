package uk.gov.pathway.kernel.problem;

import java.io.Serializable;

/** One thing wrong with what a person sent: where (line of a file, field or column) and what to do about it. */
public record InputProblem(Integer line, String field, String message) implements Serializable {

    public static InputProblem of(String field, String message) {
        return new InputProblem(null, field, message);
    }

    public static InputProblem atLine(int line, String field, String message) {
        return new InputProblem(line, field, message);
    }
}
