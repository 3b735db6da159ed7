package uk.gov.pathway.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per fact: the week rows of marks and their summary of unauthorised absences are read by
 * {@link AttendanceWeeks} only, and written by the import's merge ({@link WeekStage}) only.
 */
class AttendanceWeeksReaderTest {

    private static final Pattern READS_WEEKS =
            Pattern.compile("(?i)(from|join|into|update|using)\\s+attendance_(unauthorised_)?week\\b");
    private static final List<String> ALLOWED = List.of("AttendanceWeeks.java", "WeekStage.java");

    @Test
    void onlyAttendanceWeeksReadsTheWeekRows() throws IOException {
        List<String> readers;
        try (Stream<Path> sources = Stream.of("src/main/java", "../app-integration/src/main/java",
                        "../app-web/src/main/java").map(Path::of).filter(Files::isDirectory)
                .flatMap(AttendanceWeeksReaderTest::javaFiles)) {
            readers = sources.filter(file -> READS_WEEKS.matcher(read(file)).find())
                    .map(file -> file.getFileName().toString()).filter(name -> !ALLOWED.contains(name)).toList();
        }
        assertThat(readers).as("classes reading or writing attendance_week or attendance_unauthorised_week besides AttendanceWeeks and WeekStage").isEmpty();
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
