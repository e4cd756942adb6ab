package org.plenary.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.store.OutboxEmail;

/** Signs a person in to a test app's desk by the emailed link, and speaks HTTP with the session it opens. */
final class DeskSession {
    private static final Pattern LINK = Pattern.compile("/login/([A-Za-z0-9_-]{20,})");

    private DeskSession() {
    }

    /** Asks for a sign-in link by the form and returns it (absolute), once it is in the outbox. */
    static String emailedLink(TestPlenary app, String email) {
        int before = links(app, email).size();
        send(app, "POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "email=" + email.replace("@", "%40"));
        await().atMost(Duration.ofSeconds(30)).until(() -> links(app, email).size() > before);
        List<String> links = links(app, email);
        return links.get(links.size() - 1);
    }

    /** The session cookie ("plenary_session=…") the emailed link opens. */
    static String session(TestPlenary app, String email) {
        HttpResponse<String> signedIn = get(emailedLink(app, email), Map.of());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    static HttpResponse<String> get(String url, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            headers.forEach(request::header);
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + url, e);
        }
    }

    static HttpResponse<String> send(TestPlenary app, String method, String path, Map<String, String> headers,
                                     String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.httpBase() + path))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** Every sign-in link emailed to a person, oldest first, absolute. */
    static List<String> links(TestPlenary app, String email) {
        List<String> links = new ArrayList<>();
        for (OutboxEmail mail : app.outboxTo(email)) {
            Matcher link = LINK.matcher(mail.text() == null ? "" : mail.text());
            if (mail.purpose().equals("signin") && link.find()) {
                links.add(app.httpBase() + link.group());
            }
        }
        return links;
    }
}
