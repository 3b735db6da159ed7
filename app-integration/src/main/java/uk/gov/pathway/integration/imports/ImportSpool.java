package uk.gov.pathway.integration.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/**
 * Files sent for import, kept on the server's disk until their job ends, so that a county's attendance file streams
 * through without being held in memory and an interrupted import can start again from its file.
 * Folder: the setting pathway.import.dir (MicroProfile Config), by default the server's data directory under pathway/imports.
 */
@ApplicationScoped
public class ImportSpool {

    @Inject
    @ConfigProperty(name = "pathway.import.dir")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    Optional<String> dataDir;

    public Path folder() {
        Path folder = configured.map(Path::of).orElseGet(() -> Path.of(dataDir.orElseGet(
                () -> System.getProperty("java.io.tmpdir")), "pathway", "imports"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import folder " + folder, e);
        }
    }

    /** Stores the whole body under the job's id (written aside, then moved into place); answers its size in bytes. */
    public long store(String jobId, InputStream body, long maxBytes) {
        Path target = file(jobId);
        Path partial = target.resolveSibling(jobId + ".partial");
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(partial)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                size += read;
                if (size > maxBytes) {
                    throw new InvalidInputException("file", "The file is larger than " + maxBytes
                            + " bytes, the most one import takes; split it, for example by school");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            delete(partial);
            throw new UncheckedIOException("The file could not be received in full", e);
        } catch (RuntimeException e) {
            delete(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size;
    }

    public Path file(String jobId) {
        return folder().resolve(jobId + ".csv");
    }

    public boolean has(String jobId) {
        return Files.isRegularFile(file(jobId));
    }

    public byte[] read(String jobId) {
        try {
            return Files.readAllBytes(file(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(String jobId) {
        delete(file(jobId));
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A left-over file costs disk only; the job's outcome is already recorded.
        }
    }
}
