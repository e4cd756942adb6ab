package org.plenary.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.PlenaryException;
import org.plenary.access.FeedKeys;
import org.plenary.access.Viewer;
import org.plenary.desk.Attendance;
import org.plenary.desk.CalendarFeeds;
import org.plenary.desk.DeskPages;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.store.Database;
import org.plenary.workflow.Receipt;

/**
 * The desk over HTTP (PRODUCT.md 3.7): the page at {@code /}, {@code /api/attendance}, the calendar feeds and the
 * replay of an email from the ledger. Query parameters come unparsed ({@code CamelHttpQuery}, see
 * {@link OurHeadersOnly}) and are read here. Each method reads in its own transaction. Thread-safe.
 */
public final class Desk {
    /** The attendance period when none is asked for: the last 90 days and the coming 30. */
    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final ServedGroups groups;
    private final Clock clock;
    private final FeedKeys feedKeys;
    private final CalendarFeeds feeds = new CalendarFeeds();
    private final Function<byte[], InboundEmail> reader;

    /** @param groups the groups served; each request is about the group its viewer signed in to */
    public Desk(Database database, ServedGroups groups, Clock clock, FeedKeys feedKeys,
                Function<byte[], InboundEmail> reader) {
        this.database = database;
        this.groups = groups;
        this.clock = clock;
        this.feedKeys = feedKeys;
        this.reader = reader;
    }

    /** The desk page; {@code ?from=&to=} (ISO dates) choose the attendance period, {@code ?replayed=} a notice. */
    public String home(Object signedIn, String query) {
        Viewer viewer = SignedIn.viewer(signedIn);
        Map<String, String> params = parameters(query);
        String groupId = SignedIn.group(signedIn);
        GroupDefinition current = groups.definition(groupId);
        DeskPages pages = groups.pages(groupId);
        Instant now = clock.instant();
        LocalDate[] period = period(params, current, now);
        String notice = null;
        if (params.containsKey("replayed")) {
            notice = "Email " + number(params.get("replayed")) + " was replayed: its new entry is at the top of the ledger.";
        }
        String finalNotice = notice;
        String groupQuery = groups.ids().size() > 1 ? "group=" + groupId : null;
        return database.inTransaction(tx -> pages.render(tx, current, viewer, period[0], period[1], now,
                SignedIn.formToken(signedIn), finalNotice, groupQuery));
    }

    /** {@code /api/attendance?from=&to=}: per member, the meetings, attended, apologies and absent of the period. */
    public String attendance(Object signedIn, String query) {
        GroupDefinition current = groups.definition(SignedIn.group(signedIn));
        Instant now = clock.instant();
        LocalDate[] period = period(parameters(query), current, now);
        return write(database.inTransaction(tx -> Attendance.over(tx, current, period[0], period[1], now)));
    }

    /** {@code /calendar/{group}.ics}, for a signed-in person (a session or a bearer token). */
    public String groupFeed(String file, Object signedIn) {
        GroupDefinition current = groups.definition(SignedIn.group(signedIn));
        if (!(current.id() + ".ics").equals(file)) {
            throw new NotFound("no such calendar");
        }
        return database.inTransaction(tx -> feeds.ofGroup(tx, current, clock.instant()));
    }

    /**
     * {@code /calendar/{group}/{member}.ics?key=…}: opened by the member's feed key alone, since calendar programs
     * cannot sign in. A wrong key, an unknown member or a revoked key are all the same 404, so nothing is learnt.
     */
    public String memberFeed(String groupId, String file, String query) {
        String key = parameters(query).get("key");
        if (!groups.ids().contains(groupId) || file == null || !file.endsWith(".ics")) {
            throw new NotFound("no such calendar");
        }
        GroupDefinition current = groups.definition(groupId);
        Optional<Member> member = current.memberByAddress(file.substring(0, file.length() - 4));
        if (member.isEmpty()) {
            throw new NotFound("no such calendar");
        }
        return database.inTransaction(tx -> {
            if (!feedKeys.holder(tx, current.id(), key).filter(member.get().email()::equals).isPresent()) {
                throw new NotFound("no such calendar");
            }
            return feeds.ofMember(tx, current, member.get(), clock.instant());
        });
    }

    /**
     * Replays an email of the ledger of the viewer's group, by the same code as {@code ./plenary replay}; chairs and
     * staff only.
     */
    public Receipt replay(Object signedIn, long emailNo) {
        if (!SignedIn.viewer(signedIn).seesTheLedger()) {
            throw new Forbidden("replaying an email is for chairs and staff");
        }
        return groups.secretariat(SignedIn.group(signedIn)).replay(emailNo, reader);
    }

    /** The attendance period of {@code ?from=&to=}: first and last day, by default {@link #DAYS_BACK} to {@link #DAYS_AHEAD}. */
    private static LocalDate[] period(Map<String, String> params, GroupDefinition group, Instant now) {
        LocalDate today = now.atZone(group.timezone()).toLocalDate();
        return new LocalDate[] {date(params.get("from"), today.minusDays(DAYS_BACK)),
                date(params.get("to"), today.plusDays(DAYS_AHEAD))};
    }

    static Map<String, String> parameters(String query) {
        Map<String, String> out = new HashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                throw new BadRequest("the query is not properly encoded");
            }
        }
        return out;
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + text + "' is not a date such as 2017-06-01");
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + text + "' is not an email number");
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PlenaryException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
