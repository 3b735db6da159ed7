package uk.gov.pathway.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A small kernel: the domain sends e-mail only through {@link MailSender}; Jakarta Mail is app-integration's. */
class MailSenderPortTest {

    @Test
    void noClassOfTheDomainUsesJakartaMail() throws IOException {
        List<String> users;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            users = sources.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("jakarta.mail."))
                    .map(file -> file.getFileName().toString()).toList();
        }
        assertThat(users).as("domain classes using Jakarta Mail").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
