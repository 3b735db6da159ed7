package uk.gov.pathway.integration.documents;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.pathway.kernel.letters.Placeholder;
import uk.gov.pathway.kernel.letters.TemplateEngine;
import uk.gov.pathway.kernel.problem.InputProblem;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Letter templates in Mustache ({@code {{child.name}}}), read by Mustache.java's parser. A letter uses plain
 * placeholders only: sections, partials, pragmas and other delimiters are refused with their line, and values are
 * written as given (a letter is not HTML, so nothing is escaped).
 */
@ApplicationScoped
public class MustacheTemplateEngine implements TemplateEngine {

    private static final String NAME = "[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*";
    private static final String UNCLOSED = "a placeholder must be closed with }} on the same line and name a field,"
            + " e.g. {{child.name}}";

    @Override
    public List<Placeholder> placeholders(String body) {
        LetterMustaches factory = new LetterMustaches();
        compile(factory, body);
        return List.copyOf(factory.placeholders);
    }

    @Override
    public String fillIn(String body, Map<String, String> values) {
        StringWriter letter = new StringWriter();
        // A flat map answers dotted names whole: "child.name" is one key.
        compile(new LetterMustaches(), body).execute(letter, Map.copyOf(values));
        return letter.toString();
    }

    private static Mustache compile(LetterMustaches factory, String body) {
        try {
            return factory.compile(new StringReader(body == null ? "" : body), "letter");
        } catch (MustacheException e) {
            TemplateContext where = e.getContext();
            String message = e.getMessage().replaceFirst(" @\\[.*\\]$", "");
            if (message.startsWith("Improperly closed variable")) {
                message = UNCLOSED;
            }
            if (where == null) {
                throw new InvalidInputException("body", "The template cannot be read: " + message);
            }
            String what = message.startsWith("Line ") ? message : "Line " + where.line() + ": " + message;
            throw new InvalidInputException(List.of(InputProblem.atLine(where.line(), "body", what)));
        }
    }

    /** A factory per template: it collects the placeholders its parser meets and refuses what a letter must not use. */
    private static final class LetterMustaches extends DefaultMustacheFactory {

        private final List<Placeholder> placeholders = new ArrayList<>();

        LetterMustaches() {
            mc.setAllowChangingDelimeters(false);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (java.io.IOException e) {
                throw new MustacheException("Failed to write the letter", e);
            }
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void value(TemplateContext tc, String variable, boolean encoded) {
                    if (!variable.matches(NAME)) {
                        throw refused(tc, UNCLOSED);
                    }
                    placeholders.add(new Placeholder(variable, tc.line()));
                    super.value(tc, variable, encoded);
                }

                @Override
                public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                    throw refused(tc, "{{#" + variable + "}} starts a section; letters use plain placeholders only");
                }

                @Override
                public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                    throw refused(tc, "{{^" + variable + "}} starts a section; letters use plain placeholders only");
                }

                @Override
                public void partial(TemplateContext tc, String variable, String indent) {
                    throw refused(tc, "{{>" + variable + "}} includes another template; letters cannot");
                }

                @Override
                public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                    throw refused(tc, "{{>" + variable + "}} includes another template; letters cannot");
                }

                @Override
                public void extend(TemplateContext tc, String variable, Mustache mustache) {
                    throw refused(tc, "{{<" + variable + "}} extends another template; letters cannot");
                }

                @Override
                public void name(TemplateContext tc, String variable, Mustache mustache) {
                    throw refused(tc, "{{$" + variable + "}} is a block; letters use plain placeholders only");
                }

                @Override
                public void checkName(TemplateContext tc, String variable, Mustache mustache) {
                    throw refused(tc, "{{?" + variable + "}} is a block; letters use plain placeholders only");
                }

                @Override
                public void pragma(TemplateContext tc, String pragma, String args) {
                    throw refused(tc, "{{%" + pragma + "}} is a pragma; letters use plain placeholders only");
                }
            };
        }

        private static MustacheException refused(TemplateContext tc, String why) {
            return new MustacheException("Line " + tc.line() + ": " + why, tc);
        }
    }
}
