package uk.gov.pathway.kernel.letters;

/** A placeholder a template uses, {{name}}, and the line of the body it is on (counting from 1). */
public record Placeholder(String name, int line) {
}
