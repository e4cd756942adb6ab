package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.access.SignIn;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.AccessToken;

/**
 * The HTTP API is private (PRODUCT.md 3.6), each test named after the attack it stops. One app for the class, on an
 * H2 file store so that a second process can make a token while it runs.
 */
class HttpAccessTest {

    @TempDir
    static Path store;
    private static TestPlenary app;

    @BeforeAll
    static void startWithTwoApologies() {
        app = TestPlenary.ssr2().with("plenary.db.url", "jdbc:h2:file:" + store.resolve("plenary").toAbsolutePath())
                .with("plenary.http.idle.timeout", "2s").start();
        app.send("noor@ssr2.test", "Tuesday 4 July", "Apologies for the plenary call on Tuesday 4 July, dentist.");
        app.send("kaveh@ssr2.test", "Tuesday 4 July", "Apologies for the plenary call on Tuesday 4 July, hospital visit.");
        app.awaitLedger(2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anonymousRequestGets401() {
        for (String path : List.of("/api/meetings", "/api/meetings/plenary-2017-07-04", "/api/actions", "/api/emails",
                "/api/emails/1/raw", "/api/nothing", "/calendar/ssr2.ics")) {
            HttpResponse<String> response = app.httpGet(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
            assertThat(response.body()).as(path).contains("\"error\"").doesNotContain("@");
            assertThat(app.httpGet(path, "not-a-token").statusCode()).as(path + " with a made-up token").isEqualTo(401);
        }
        HttpResponse<String> desk = app.httpGet("/", null);
        assertThat(desk.statusCode()).as("the desk sends a browser to sign in").isEqualTo(303);
        assertThat(desk.headers().firstValue("Location")).hasValue("/login");
        assertThat(app.httpGet("/", "not-a-token").statusCode()).isEqualTo(401);
        HttpResponse<String> health = app.httpGet("/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("@");
    }

    @Test
    void rawEmailNeedsStaff() {
        long emailNo = app.getJson("/api/emails").get(0).get("id").asLong();
        HttpResponse<String> member = app.httpGet("/api/emails/" + emailNo + "/raw", tokenOf("noor@ssr2.test"));
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(member.body()).contains("\"error\"").doesNotContain("Apologies");
        assertThat(app.httpGet("/api/emails/" + emailNo + "/raw", tokenOf("obs@ssr2.test")).statusCode()).isEqualTo(403);
        assertThat(app.httpGet("/api/emails/" + emailNo + "/raw", tokenOf("larisa@ssr2.test")).statusCode()).isEqualTo(200);
        assertThat(app.httpGet("/api/emails/" + emailNo + "/raw", tokenOf("amara@ssr2.test")).statusCode()).isEqualTo(200);
    }

    @Test
    void memberTokenCannotReadLedger() {
        String member = tokenOf("zoe@ssr2.test");
        HttpResponse<String> ledger = app.httpGet("/api/emails", member);
        assertThat(ledger.statusCode()).isEqualTo(403);
        assertThat(ledger.body()).contains("\"error\"").doesNotContain("noor@");
        assertThat(app.httpGet("/api/meetings", member).statusCode()).isEqualTo(200);
        assertThat(app.httpGet("/api/meetings/plenary-2017-07-04", member).statusCode()).isEqualTo(200);
        assertThat(app.httpGet("/api/actions", member).statusCode()).isEqualTo(200);
        assertThat(app.httpGet("/api/emails", tokenOf("jennifer@ssr2.test")).statusCode()).isEqualTo(200);
    }

    @Test
    void memberSeesNoOtherPeoplesReasons() throws IOException {
        JsonNode asNoor = json(app.httpGet("/api/meetings/plenary-2017-07-04", tokenOf("noor@ssr2.test")));
        assertThat(reasonOf(asNoor, "noor@ssr2.test")).contains("dentist");
        assertThat(reasonOf(asNoor, "kaveh@ssr2.test")).isNull();
        assertThat(app.httpGet("/api/meetings", tokenOf("noor@ssr2.test")).body()).contains("dentist").doesNotContain("hospital");
        JsonNode asChair = json(app.httpGet("/api/meetings/plenary-2017-07-04", tokenOf("lars@ssr2.test")));
        assertThat(reasonOf(asChair, "kaveh@ssr2.test")).contains("hospital");
        assertThat(reasonOf(asChair, "noor@ssr2.test")).contains("dentist");
    }

    @Test
    void signInLinkWorksOnceAndExpiresAfter15Minutes() throws Exception {
        HttpResponse<String> member = postLogin("denise@ssr2.test");
        HttpResponse<String> stranger = postLogin("mallory@elsewhere.test");
        // The same answer for a member and a stranger: the form tells nobody who belongs to the group.
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(stranger.statusCode()).isEqualTo(member.statusCode());
        assertThat(stranger.body()).isEqualTo(member.body());
        assertThat(app.outboxTo("mallory@elsewhere.test")).isEmpty();

        String link = awaitLinkFor("denise@ssr2.test", 1);
        HttpResponse<String> signedIn = get(link, Map.of());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).contains("httponly", "samesite=lax", "path=/");
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertThat(get(app.httpBase() + "/api/meetings", Map.of("Cookie", session)).statusCode()).isEqualTo(200);
        assertThat(get(app.httpBase() + "/", Map.of("Cookie", session)).body()).contains("denise@ssr2.test");
        assertThat(get(app.httpBase() + "/api/emails", Map.of("Cookie", session)).statusCode()).isEqualTo(403);
        assertThat(get(link, Map.of()).statusCode()).as("the same link a second time").isEqualTo(401);

        // A second link, used 16 minutes on (the clock driven forward) is refused; at 14 minutes it works.
        postLogin("denise@ssr2.test");
        String late = token(awaitLinkFor("denise@ssr2.test", 2));
        Clock now = app.plenary().clock();
        SignIn sixteenMinutesOn = new SignIn(app.database(), app.plenary().group(), Clock.offset(now, Duration.ofMinutes(16)), "",
                new TemplateRenderer(null));
        assertThat(sixteenMinutesOn.redeem(late)).isEmpty();
        postLogin("denise@ssr2.test");
        String inTime = token(awaitLinkFor("denise@ssr2.test", 3));
        SignIn fourteenMinutesOn = new SignIn(app.database(), app.plenary().group(), Clock.offset(now, Duration.ofMinutes(14)), "",
                new TemplateRenderer(null));
        assertThat(fourteenMinutesOn.redeem(inTime)).isPresent();
        assertThat(fourteenMinutesOn.redeem(inTime)).isEmpty();
    }

    @Test
    void revokedTokenIsRefused() {
        String token = tokenOf("kaveh@ssr2.test");
        assertThat(app.httpGet("/api/meetings", token).statusCode()).isEqualTo(200);
        assertThat(app.plenary().tokens().revoke("kaveh@ssr2.test")).isPositive();
        assertThat(app.httpGet("/api/meetings", token).statusCode()).isEqualTo(401);
    }

    @Test
    void listensOnLoopbackByDefault() throws IOException {
        assertThat(Settings.from(Map.of(), new Properties()).get("plenary.http.host")).isEqualTo("127.0.0.1");
        int port = Integer.parseInt(app.setting("plenary.http.port"));
        assertThat(app.httpGet("/health", null).statusCode()).isEqualTo(200);
        for (InetAddress address : ownAddresses()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2000);
                throw new AssertionError("HTTP answers on " + address.getHostAddress());
            } catch (ConnectException refused) {
                // what loopback-only means
            }
        }
    }

    @Test
    void queryParameterCannotOverridePathId() throws IOException {
        HttpResponse<String> shadowed = app.httpGet("/api/meetings/plenary-1999-01-01?id=plenary-2017-07-04");
        assertThat(shadowed.statusCode()).isEqualTo(404);
        JsonNode meeting = json(app.httpGet("/api/meetings/plenary-2017-07-04?id=plenary-2017-07-11"));
        assertThat(meeting.get("id").asText()).isEqualTo("plenary-2017-07-04");
        HttpResponse<String> byHeader = get(app.httpBase() + "/api/meetings/plenary-1999-01-01",
                Map.of("Authorization", "Bearer " + TestPlenary.SERVICE_TOKEN, "id", "plenary-2017-07-04"));
        assertThat(byHeader.statusCode()).isEqualTo(404);
    }

    @Test
    void requestHeadersAreNotEchoed() {
        for (String path : List.of("/api/meetings", "/api/meetings/plenary-1999-01-01", "/api/nothing", "/health")) {
            HttpResponse<String> response = get(app.httpBase() + path, Map.of("Authorization", "Bearer " + TestPlenary.SERVICE_TOKEN,
                    "User-Agent", "probe-agent/1.0", "X-Probe", "echo-me", "Cookie", "probe=1"));
            Map<String, List<String>> headers = response.headers().map();
            assertThat(headers.keySet()).as(path).map(String::toLowerCase)
                    .doesNotContain("user-agent", "x-probe", "authorization", "cookie", "id", "host");
            assertThat(headers.values().toString()).as(path).doesNotContain("probe", TestPlenary.SERVICE_TOKEN);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(app.httpGet("/api/emails", null).headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void halfSentRequestIsDroppedWhenIdle() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(app.setting("plenary.http.port")))) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // The server closes the connection after its 2 s idle timeout: the read ends, well before 20 s.
            long started = System.nanoTime();
            assertThat(in.read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void tokenCommandWorksWhileTheServiceRuns() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.plenary.cli.PlenaryCommand", "token", "noor@ssr2.test").redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("PLENARY_"));
        builder.environment().put("PLENARY_DB_URL", app.setting("plenary.db.url"));
        builder.environment().put("PLENARY_GROUP_FILE", app.setting("plenary.group.file"));
        builder.environment().put("PLENARY_NOW", app.setting("plenary.now"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> words = List.of(output.trim().split("\\s+"));
        String token = words.get(words.size() - 1);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(app.httpGet("/api/meetings", token).statusCode()).isEqualTo(200);
        assertThat(app.httpGet("/api/emails", token).statusCode()).isEqualTo(403);
        // Only the hash is stored.
        Optional<AccessToken> stored = app.database().inTransaction(tx -> tx.accessTokens().find(token));
        assertThat(stored).isEmpty();
    }

    private static String tokenOf(String email) {
        return app.plenary().tokens().issue(email);
    }

    private static String reasonOf(JsonNode meeting, String email) {
        for (JsonNode apology : meeting.get("apologies")) {
            if (apology.get("email").asText().equals(email)) {
                return apology.get("reason").isNull() ? null : apology.get("reason").asText();
            }
        }
        throw new AssertionError("no apology of " + email + " in " + meeting);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static HttpResponse<String> postLogin(String email) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.httpBase() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + email.replace("@", "%40"))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) {
        return DeskSession.get(url, headers);
    }

    /** The newest sign-in link emailed to a person, once there are {@code count} of them. */
    private static String awaitLinkFor(String email, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> links(email).size() >= count);
        List<String> links = links(email);
        return links.get(links.size() - 1);
    }

    private static List<String> links(String email) {
        return DeskSession.links(app, email);
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** This machine's addresses other than loopback: HTTP must not answer on any of them. */
    private static List<InetAddress> ownAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).forEach(addresses::add);
            }
        }
        return addresses;
    }
}
