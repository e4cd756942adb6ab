package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route file of routes/ loads and starts, and the HTTP API answers with the field names of PRODUCT.md 3.4,
 * so a broken route or a renamed field is caught here before a user meets it. One app for the class: nothing
 * here changes the store after the first email.
 */
class RouteFilesTest {
    private static TestPlenary app;

    @BeforeAll
    static void startWithOneApology() {
        app = TestPlenary.ssr2().start();
        // One email, so that /api/emails and a meeting's apologies have a row to show their fields.
        app.send("noor@ssr2.test", "Tuesday 4 July", "Apologies for the plenary call on Tuesday 4 July, travelling.");
        app.awaitLedger(1);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyRouteOfEveryRouteFileIsStarted() {
        CamelContext camel = app.plenary().camelContext();
        List<String> ids = List.of("inbound-mail-ssr2", "outbox-delivery", "schedules", "group-file", "http-health",
                "http-meetings", "http-meeting", "http-actions", "http-emails", "http-email-raw");
        for (String id : ids) {
            assertThat(camel.getRouteController().getRouteStatus(id)).as(id).isNotNull()
                    .satisfies(status -> assertThat(status.isStarted()).as(id + " started").isTrue());
        }
    }

    @Test
    void theHttpRoutesAndOnlyTheyTakeTheHttpErrorConfiguration() {
        ModelCamelContext camel = (ModelCamelContext) app.plenary().camelContext();
        for (String id : List.of("http-health", "http-meetings", "http-meeting", "http-actions", "http-emails", "http-email-raw")) {
            assertThat(camel.getRouteDefinition(id).getRouteConfigurationId()).as(id).isEqualTo("http-errors");
        }
        // An inbound exception must reach camel-mail, which then leaves the email unseen: no handler may take it.
        for (String id : List.of("inbound-mail-ssr2", "outbox-delivery", "schedules", "group-file")) {
            assertThat(camel.getRouteDefinition(id).getRouteConfigurationId()).as(id).isNull();
        }
    }

    @Test
    void healthSaysTheStoreIsUpAndCountsTheOutbox() {
        assertThat(fields(app.getJson("/health"))).contains("status", "store", "outboxPending");
        assertThat(app.getJson("/health").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void meetingsCarryTheFieldsOfTheContract() {
        JsonNode meetings = app.getJson("/api/meetings");
        assertThat(meetings.isArray()).isTrue();
        assertThat(fields(meetings.get(0))).contains("id", "group", "kind", "title", "start", "end", "status",
                "cancelReason", "apologies", "agenda");
    }

    @Test
    void aMeetingCarriesItsApologiesAndAgendaWithTheFieldsOfTheContract() {
        JsonNode meeting = app.getJson("/api/meetings/plenary-2017-07-04");
        assertThat(meeting.get("id").asText()).isEqualTo("plenary-2017-07-04");
        assertThat(meeting.get("start").asText()).isEqualTo("2017-07-04T13:00:00Z");
        assertThat(meeting.get("status").asText()).isEqualTo("tentative");
        assertThat(fields(meeting.get("apologies").get(0))).contains("email", "name", "reason", "received");
        assertThat(meeting.get("apologies").get(0).get("email").asText()).isEqualTo("noor@ssr2.test");
        assertThat(fields(meeting.get("agenda").get(0))).contains("id", "title", "status", "requestedBy", "minutes", "slot");
        assertThat(meeting.get("agenda").findValuesAsText("status")).contains("standing");
    }

    @Test
    void anUnknownMeetingIsA404WithJson() {
        HttpResponse<String> response = app.httpGet("/api/meetings/plenary-1999-01-01");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void anOddMeetingIdIsA404TooNeverAServerError() {
        // People type ids; the id reaches a bean call as a parameter, so commas, quotes and brackets must stay text.
        for (String id : List.of("plenary,2017-07-04", "%27plenary%27", "plenary(1)", "%24%7Bheader.id%7D", "null", "true", "42")) {
            HttpResponse<String> response = app.httpGet("/api/meetings/" + id);
            assertThat(response.statusCode()).as(id + ": " + response.body()).isEqualTo(404);
        }
    }

    @Test
    void anEmailIsServedAsItArrivedAndAnUnknownOneIsA404WithJson() {
        long emailNo = app.getJson("/api/emails").get(0).get("id").asLong();
        HttpResponse<String> raw = app.httpGet("/api/emails/" + emailNo + "/raw");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        assertThat(raw.body()).contains("From: noor@ssr2.test", "Apologies for the plenary call");
        for (String id : List.of("999999", "x")) {
            HttpResponse<String> missing = app.httpGet("/api/emails/" + id + "/raw");
            assertThat(missing.statusCode()).as(id).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
            assertThat(missing.body()).isEqualTo("{\"error\":\"no such email\"}");
        }
    }

    @Test
    void anotherMethodIsA405AndAnUnknownPathA404BothWithJson() throws Exception {
        for (String path : List.of("/health", "/api/meetings", "/api/meetings/plenary-2017-07-04", "/api/actions", "/api/emails",
                "/api/emails/1/raw")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.httpBase() + path))
                        .header("Authorization", "Bearer " + TestPlenary.SERVICE_TOKEN)
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET");
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
                assertThat(response.body()).contains("\"error\"");
            }
        }
        HttpResponse<String> unknown = app.httpGet("/api/nothing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(unknown.body()).contains("\"error\"");
    }

    @Test
    void actionsCarryTheFieldsOfTheContract() {
        JsonNode actions = app.getJson("/api/actions");
        assertThat(actions.findValuesAsText("id")).startsWith("A1", "A2", "A3", "A4");
        assertThat(fields(actions.get(0))).contains("id", "group", "title", "owner", "status", "due", "created",
                "updated", "notes");
    }

    @Test
    void emailsCarryTheFieldsOfTheContract() {
        JsonNode email = app.getJson("/api/emails").get(0);
        assertThat(fields(email)).contains("messageId", "from", "subject", "received", "outcome", "commands", "errors");
        assertThat(email.get("outcome").asText()).isEqualTo("applied");
        assertThat(email.get("commands").get(0).get("type").asText()).isEqualTo("apology");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
