package uk.gov.pathway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The system's edge reaches the domain only through its modules' boundaries (issue 10): no class of a module's
 * control or entity package, and no database connection or transaction of its own.
 */
class BoundariesOnlyTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    private static final Pattern INTERNALS = Pattern.compile("\\buk\\.gov\\.pathway\\.\\w+\\.(control|entity)\\.\\w+");
    private static final Pattern JDBC = Pattern.compile(
            "\\b(javax\\.sql\\.\\w+|java\\.sql\\.\\w+|jakarta\\.transaction\\.UserTransaction|DataSource|UserTransaction|DriverManager)\\b");

    @Test
    void integrationUsesNoModulesControlOrEntityClassAndNoJdbcOfItsOwn() throws Exception {
        List<String> found = new ArrayList<>();
        Path root = SOURCES.resolve("uk/gov/pathway/integration");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    Matcher internal = INTERNALS.matcher(line);
                    if (internal.find()) {
                        found.add(name + ":" + (i + 1) + " " + internal.group());
                    }
                    Matcher jdbc = JDBC.matcher(line);
                    if (jdbc.find() && !line.strip().startsWith("*")
                            && !line.strip().startsWith("//")) {
                        found.add(name + ":" + (i + 1) + " " + jdbc.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
