package uk.gov.pathway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The provisioned WildFly (wildfly-config/target/server) copied to bench/target/server with Pathway deployed, on the
 * local PostgreSQL in a schema of its own, started with the heap a council would give it. {@code -Dbench.port.offset=N}
 * moves its ports by N and {@code -Dbench.db.schema=S} names the schema (default pathway_bench).
 */
final class BenchServer {

    static final String DB_URL = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String DB_USER = System.getProperty("bench.db.user", "postgres");
    static final String SCHEMA = System.getProperty("bench.db.schema", "pathway_bench");
    /** Added to every port of the server (8080, 9990, ...), so that a benchmark can run beside another server. */
    static final int PORT_OFFSET = Integer.getInteger("bench.port.offset", 0);
    static final URI BASE = URI.create("http://localhost:" + (8080 + PORT_OFFSET) + "/pathway/");

    private final Path home;
    private Process process;

    BenchServer(Path projectRoot) throws IOException {
        home = projectRoot.resolve("bench/target/server");
        delete(home);
        copy(projectRoot.resolve("wildfly-config/target/server"), home);
        Files.copy(projectRoot.resolve("app-web/target/pathway.war"), home.resolve("standalone/deployments/pathway.war"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(DB_URL + "?currentSchema=" + SCHEMA, DB_USER, DB_USER);
    }

    /**
     * Gathers the planner's statistics of the schema, as autovacuum does on a council's database once data has
     * arrived (the PostgreSQL here runs with autovacuum off, so without this every plan guesses at empty tables).
     */
    static void analyze() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    static void freshSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_USER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    void start(String... extraArguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Dpathway.db.driver=postgresql", "-Dpathway.db.url=" + DB_URL + "?currentSchema=" + SCHEMA,
                "-Dpathway.db.user=" + DB_USER, "-Dpathway.db.password=" + DB_USER,
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(home.resolve("bench-server.log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms512m -Xmx2g -XX:+UseG1GC -Djava.net.preferIPv4Stack=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true");
        process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < giveUp) {
            try {
                if (http.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not start within 3 minutes: see " + home.resolve("bench-server.log"));
    }

    /** The JVM of the server (standalone.sh starts it as a child). */
    long serverPid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().map(ProcessHandle::pid).orElseThrow(() -> new IllegalStateException("No server JVM found"));
    }

    /** Stops the server at once, as a power cut would (kill -9). */
    void kill() throws Exception {
        long pid = serverPid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        Thread.sleep(1000);
    }

    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
