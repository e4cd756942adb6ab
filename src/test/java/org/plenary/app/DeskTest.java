package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.store.OutboxEmail;

/**
 * The desk of PRODUCT.md 3.7 over HTTP on a running app: quorum forecast and warning, reminders, attendance, the
 * calendar feeds (read back by ical4j's parser), the page with its ledger and the replay form.
 */
class DeskTest {
    static final String GROUP_FILE = "src/test/resources/desk/group.yaml";
    private static final Pattern FEED = Pattern.compile("https?://\\S+/calendar/\\S+\\.ics\\?key=[A-Za-z0-9_-]+");

    @RegisterExtension
    final TestPlenary app = TestPlenary.withGroupFile(GROUP_FILE);

    @Test
    void apologiesThatBreakTheQuorumShowInTheApiAndWarnTheChairsOnce() {
        app.send("noor@ssr2.test", "20 June", "Apologies for the plenary on 20 June");
        app.send("kaveh@ssr2.test", "20 June", "Apologies for the plenary on 20 June");
        app.awaitLedger(2);
        JsonNode quorum = app.getJson("/api/meetings/plenary-2017-06-20").get("quorum");
        assertThat(quorum.get("required").asInt()).isEqualTo(6);
        assertThat(quorum.get("expected").asInt()).isEqualTo(4);
        assertThat(quorum.get("met").asBoolean()).isFalse();
        assertThat(app.getJson("/api/meetings/plenary-2017-06-20").get("location").asText())
                .isEqualTo("ICANN Adobe Connect room");
        assertThat(warnings()).extracting(OutboxEmail::recipients)
                .containsExactlyInAnyOrder(List.of("amara@ssr2.test"), List.of("lars@ssr2.test"));

        app.send("zoe@ssr2.test", "20 June", "Apologies for the plenary on 20 June");
        app.awaitLedger(3);
        app.stopPlenary();
        app.start();
        app.send("denise@ssr2.test", "20 June", "Apologies for the plenary on 20 June");
        app.awaitLedger(4);
        assertThat(warnings()).as("one warning per chair, however many apologies and restarts").hasSize(2);
        assertThat(warnings().get(0).subject()).contains("Short of quorum");

        app.setClock(java.time.Instant.parse("2017-06-18T13:00:00Z")); // agenda-lead P2D before the plenary
        app.awaitSchedulesAndOutbox();
        OutboxEmail agenda = app.outbox().stream().filter(m -> m.purpose().equals("agenda")
                && "plenary-2017-06-20".equals(m.ref())).findFirst().orElseThrow();
        assertThat(agenda.text()).contains("Where: ICANN Adobe Connect room", "Join: https://meet.ssr2.test/plenary",
                "Quorum: 2 expected, 6 needed (short of quorum)");
        assertThat(agenda.calendar().replace("\r\n ", "")).contains("LOCATION:ICANN Adobe Connect room",
                "URL:https://meet.ssr2.test/plenary");
    }

    @Test
    void theOwnerIsRemindedOnceBeforeTheDueDateAndTheChairsOnceWhenLongOverdue() {
        app.send("noor@ssr2.test", "action", "ACTION: Noor to circulate the outreach draft by 17 June");
        app.awaitLedger(1);
        app.awaitSchedulesAndOutbox();
        List<OutboxEmail> reminders = remindersTo("noor@ssr2.test");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).inReplyTo()).isNull();
        assertThat(reminders.get(0).text()).contains("circulate the outreach draft");

        app.stopPlenary();
        app.start();
        app.awaitSchedulesAndOutbox();
        assertThat(remindersTo("noor@ssr2.test")).as("a restart does not repeat it").hasSize(1);
        assertThat(remindersTo("amara@ssr2.test")).isEmpty();

        app.advanceClock(Duration.ofDays(6)); // 21 June 09:00: three days after the 17th ended
        app.awaitSchedulesAndOutbox();
        app.awaitSchedulesAndOutbox();
        assertThat(remindersTo("amara@ssr2.test")).hasSize(1);
        assertThat(remindersTo("lars@ssr2.test")).hasSize(1);
        assertThat(remindersTo("amara@ssr2.test").get(0).subject()).contains("Overdue");
        assertThat(remindersTo("noor@ssr2.test")).hasSize(1);
    }

    @Test
    void attendanceCountsNotesAndApologies() {
        app.setClock(java.time.Instant.parse("2017-06-21T09:00:00Z"));
        app.send("larisa@ssr2.test", "notes", "NOTES for the plenary on 20 June\nATTENDED: Amara, Lars, Noor\n");
        app.send("kaveh@ssr2.test", "27 June", "Apologies for the plenary on 27 June");
        app.awaitLedger(2);
        JsonNode rows = app.getJson("/api/attendance?from=2017-06-01&to=2017-06-30");
        assertThat(row(rows, "noor@ssr2.test").get("attended").asInt()).isEqualTo(1);
        assertThat(row(rows, "kaveh@ssr2.test").get("apologies").asInt()).isEqualTo(1);
        assertThat(row(rows, "kaveh@ssr2.test").get("absent").asInt()).as("absent from the 20th, which had notes")
                .isEqualTo(1);
        assertThat(row(rows, "noor@ssr2.test").get("absent").asInt()).isZero();
        assertThat(app.httpGet("/api/attendance?from=June").statusCode()).isEqualTo(400);
    }

    @Test
    void theStatusReplyGivesAPersonalFeedThatCalendarsRead() throws Exception {
        app.send("noor@ssr2.test", "20 June", "Apologies for the plenary on 20 June");
        app.send("noor@ssr2.test", "status", "STATUS");
        app.awaitLedger(2);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> app.outboxTo("noor@ssr2.test").stream().anyMatch(m -> m.purpose().equals("status")));
        OutboxEmail status = app.outboxTo("noor@ssr2.test").stream().filter(m -> m.purpose().equals("status"))
                .findFirst().orElseThrow();
        Matcher link = FEED.matcher(status.text());
        assertThat(link.find()).as(status.text()).isTrue();
        String path = link.group().replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> feed = app.httpGet(path, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        VEvent plenary = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("plenary-2017-06-20.ssr2@ssr2.test"))
                .findFirst().orElseThrow();
        assertThat(plenary.getProperty(Property.SEQUENCE)).isPresent();
        assertThat(plenary.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("ICANN Adobe Connect room");
        assertThat(plenary.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.ssr2.test/plenary");
        assertThat(plenary.getProperty(Property.ATTENDEE).orElseThrow().getParameter("PARTSTAT").orElseThrow()
                .getValue()).isEqualTo("DECLINED");

        assertThat(app.httpGet(path.replaceAll("key=[^&]+", "key=wrong"), null).statusCode()).isEqualTo(404);
        assertThat(app.httpGet(path.replace("noor@", "kaveh@"), null).statusCode()).as("Noor's key for Kaveh")
                .isEqualTo(404);
        assertThat(app.httpGet("/calendar/ssr2.ics", null).statusCode()).isEqualTo(401);
        assertThat(app.httpGet("/calendar/ssr2.ics").body()).contains("UID:plenary-2017-06-20.ssr2@ssr2.test")
                .doesNotContain("noor@ssr2.test");

        app.plenary().tokens().revoke("noor@ssr2.test");
        assertThat(app.httpGet(path, null).statusCode()).as("a revoked key").isEqualTo(404);
    }

    @Test
    void theDeskShowsMeetingsActionsAndReasonsOnlyToThoseWhoMaySeeThem() {
        app.send("kaveh@ssr2.test", "20 June", "Apologies for the plenary on 20 June, hospital visit");
        app.awaitLedger(1);
        String member = DeskSession.session(app, "zoe@ssr2.test");
        HttpResponse<String> page = DeskSession.get(app.httpBase() + "/", Map.of("Cookie", member));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("name=\"viewport\"", "SSR2 Plenary Call", "ICANN Adobe Connect room",
                "https://meet.ssr2.test/plenary", "Kaveh Rostami", "A1", "zoe@ssr2.test", "/calendar/ssr2/zoe@ssr2.test.ics?key=")
                .doesNotContain("hospital", "Email ledger");

        app.send("noor@ssr2.test", "<script>alert(1)</script>", "ACTION: Noor to review <b>\"the\"</b> draft & more");
        app.awaitLedger(2);
        String chair = DeskSession.session(app, "amara@ssr2.test");
        String desk = DeskSession.get(app.httpBase() + "/?from=2017-06-01&to=2017-06-30", Map.of("Cookie", chair)).body();
        assertThat(desk).contains("hospital", "Email ledger", "value=\"2017-06-01\"", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;b&gt;").doesNotContain("<script>", "<b>");
        assertThat(DeskSession.get(app.httpBase() + "/?from=June", Map.of("Cookie", chair)).statusCode()).isEqualTo(400);
    }

    @Test
    void replayNeedsTheFormTokenOfTheSession() {
        app.send("noor@ssr2.test", "update", "A5 done");
        app.awaitLedger(1);
        app.send("larisa@ssr2.test", "new action", "ACTION: Noor to check the registry framework notes");
        app.awaitLedger(2);
        long rejected = app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 10)).stream()
                .filter(e -> e.outcome().equals("rejected")).findFirst().orElseThrow().emailNo();
        String staff = DeskSession.session(app, "larisa@ssr2.test");
        String page = DeskSession.get(app.httpBase() + "/", Map.of("Cookie", staff)).body();
        Matcher token = Pattern.compile("name=\"form\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        Map<String, String> form = Map.of("Cookie", staff, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(DeskSession.send(app, "POST", "/emails/" + rejected + "/replay", form, "form=forged").statusCode())
                .isEqualTo(403);
        String member = DeskSession.session(app, "zoe@ssr2.test");
        String memberPage = DeskSession.get(app.httpBase() + "/", Map.of("Cookie", member)).body();
        assertThat(memberPage).doesNotContain("name=\"form\"");
        assertThat(app.database().inTransaction(tx -> tx.actions().find("ssr2", "A5")).orElseThrow().status().id())
                .isNotEqualTo("done");

        HttpResponse<String> replayed = DeskSession.send(app, "POST", "/emails/" + rejected + "/replay", form,
                "form=" + token.group(1));
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(app.database().inTransaction(tx -> tx.actions().find("ssr2", "A5")).orElseThrow().status().id())
                .isEqualTo("done");
        assertThat(DeskSession.send(app, "POST", "/emails/" + rejected + "/replay", form, "form=" + token.group(1))
                .statusCode()).as("never twice").isEqualTo(409);
    }

    private List<OutboxEmail> warnings() {
        return app.outbox().stream().filter(m -> m.purpose().equals("quorum")).toList();
    }

    private List<OutboxEmail> remindersTo(String address) {
        return app.outboxTo(address).stream().filter(m -> m.purpose().equals("reminder")).toList();
    }

    private static JsonNode row(JsonNode rows, String email) {
        for (JsonNode row : rows) {
            if (row.get("email").asText().equals(email)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + email + " in " + rows);
    }
}
