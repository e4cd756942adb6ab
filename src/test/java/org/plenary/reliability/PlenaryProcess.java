package org.plenary.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plenary as a separate JVM ({@code plenary run}), so a test can kill it with SIGKILL as the kernel or an
 * operator would. Its standard output and error are appended to one log file, which tests read afterwards.
 */
final class PlenaryProcess {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** PLENARY_API_TOKEN of the process: {@link #get} sends it. */
    static final String SERVICE_TOKEN = "process-service-token-0e4b7c19";

    private final Map<String, String> environment = new HashMap<>();
    private final Path log;
    private final int httpPort = freePort();
    private Process process;

    PlenaryProcess(Path log) {
        this.log = log;
        environment.put("PLENARY_GROUP_FILE", "examples/ssr2/group.yaml");
        environment.put("PLENARY_NOW", "2017-06-15T09:00:00Z");
        environment.put("PLENARY_POLL_DELAY", "200ms");
        environment.put("PLENARY_OUTBOX_DELAY", "200ms");
        environment.put("PLENARY_HTTP_PORT", String.valueOf(httpPort));
        environment.put("PLENARY_API_TOKEN", SERVICE_TOKEN);
    }

    PlenaryProcess with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dplenary.home=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.plenary.cli.PlenaryCommand", "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("PLENARY_"));
        builder.environment().putAll(environment);
        process = builder.start();
        Process started = process;
        // A test that fails while the process runs must not leave it behind, polling and sending, after the tests.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the orderly stop an operator would ask for. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A GET on the HTTP API, or null while it does not answer. */
    JsonNode get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                    .header("Authorization", "Bearer " + SERVICE_TOKEN).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    String getText(String path) {
        JsonNode node = get(path);
        return node == null ? "" : node.toString();
    }

    List<String> actionTitles() {
        JsonNode actions = get("/api/actions");
        List<String> titles = new ArrayList<>();
        if (actions != null) {
            actions.forEach(a -> titles.add(a.path("title").asText()));
        }
        return titles;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
