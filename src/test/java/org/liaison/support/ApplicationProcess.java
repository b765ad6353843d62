package org.liaison.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The application in a JVM of its own, for tests that kill it: started on a free port with the
 * test run's classpath (without the test classes: their application.properties is the tests'),
 * demo data off, an administrator API token, and its output appended to {@code app.log} in its
 * data directory. Each {@link #start()} is a new process on the same data directory.
 */
public final class ApplicationProcess {

    /** Generous: on the shared 2-core CI machine under load a start took up to 8 minutes. */
    static final Duration START = Duration.ofMinutes(12);

    private final Path dataDir;
    private final String adminToken;
    private final List<String> arguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private @Nullable Process process;
    private int port;

    /** {@code arguments} are the test's own settings ({@code --name=value}), after the common ones. */
    public ApplicationProcess(Path dataDir, String adminToken, String... arguments) {
        this.dataDir = dataDir;
        this.adminToken = adminToken;
        this.arguments = List.of(arguments);
    }

    /** Starts a new process on a free port and waits until its health answers 200. */
    public void start() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                "org.liaison.LiaisonApplication", "--server.port=" + port, "--liaison.data-dir=" + dataDir,
                "--liaison.demo.enabled=false", "--liaison.access.admin-token=" + adminToken,
                "--liaison.access.admin-password=Kill-test-password-" + UUID.randomUUID(),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(arguments);
        var log = dataDir.resolve("app.log").toFile();
        var started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        process = started;
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!started.isAlive()) {
                throw new IllegalStateException("the application died; see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** SIGKILL: no shutdown hook, no last commit. Waits until the process is gone. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** An orderly stop (SIGTERM, shutdown hooks run). Waits until the process is gone. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    /** {@code path} on the running process. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Kills the process if it still runs (after a test, whatever happened). */
    public void killIfAlive() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** The test run's classpath without the test classes. */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').endsWith("target/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
