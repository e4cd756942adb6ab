package org.plenary.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.plenary.access.FeedKeys;
import org.plenary.access.Viewer;
import org.plenary.group.GroupDefinition;
import org.plenary.notify.GroupView;
import org.plenary.notify.ApologyView;
import org.plenary.notify.DisplayFormats;
import org.plenary.notify.MeetingView;
import org.plenary.notify.OwnerActions;
import org.plenary.notify.TemplateRenderer;
import org.plenary.notify.Views;
import org.plenary.store.LedgerEntry;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;
import org.plenary.workflow.Outcome;

/**
 * Builds and renders the desk page from the store, inside the caller's transaction: the coming meetings (next
 * {@link #AHEAD}, at most {@link #MEETINGS}), open actions by owner (at most {@link #ACTIONS_PER_OWNER} each,
 * overdue first), requests waiting, attendance over the period
 * and, for chairs and staff, the latest {@link #LEDGER} emails. Thread-safe.
 */
public final class DeskPages {
    static final Duration AHEAD = Duration.ofDays(35);
    static final int MEETINGS = 8;
    static final int LEDGER = 50;
    static final int ACTIONS_PER_OWNER = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateRenderer renderer;
    private final FeedKeys feedKeys;
    private final String baseUrl;

    /** @param baseUrl PLENARY_BASE_URL, without a trailing slash: the feed links are absolute */
    public DeskPages(TemplateRenderer renderer, FeedKeys feedKeys, String baseUrl) {
        this.renderer = renderer;
        this.feedKeys = feedKeys;
        this.baseUrl = baseUrl;
    }

    /** @param groupQuery {@code group=ID} when the deployment serves several groups (links must name it), else null */
    public String render(StoreTransaction tx, GroupDefinition group, Viewer viewer, LocalDate from, LocalDate to,
                         Instant now, String formToken, String notice, String groupQuery) {
        return renderer.page("desk", model(tx, group, viewer, from, to, now, formToken, notice, groupQuery));
    }

    public DeskModel model(StoreTransaction tx, GroupDefinition group, Viewer viewer, LocalDate from, LocalDate to,
                           Instant now, String formToken, String notice, String groupQuery) {
        Views views = new Views(group, tx, now);
        List<MeetingView> meetings = new ArrayList<>();
        for (Meeting meeting : tx.meetings().between(group.id(), now.minus(Duration.ofHours(3)), now.plus(AHEAD))) {
            if (meeting.status() == MeetingStatus.MOVED || meeting.end().isBefore(now)) {
                continue;
            }
            meetings.add(visibleTo(viewer, views.meeting(meeting)));
            if (meetings.size() == MEETINGS) {
                break;
            }
        }
        List<OwnerActions> byOwner = views.actionsByOwner();
        int overdue = (int) byOwner.stream().flatMap(o -> o.actions().stream()).filter(a -> a.overdueDays() > 0).count();
        List<LedgerRow> ledger = viewer.seesTheLedger()
                ? tx.ledger().recent(group.id(), LEDGER).stream().map(e -> row(e, group)).toList() : List.of();
        String name = group.memberByAddress(viewer.email()).map(m -> m.name() + " (" + m.email() + ")").orElse(viewer.email());
        String feed = group.memberByAddress(viewer.email())
                .map(m -> memberFeedUrl(group, m.email(), feedKeys.keyOf(tx, group.id(), m.email(), now))).orElse(null);
        return new DeskModel(views.group(), name, viewer.runsTheGroup(), meetings,
                byOwner.stream().map(o -> OwnerShelf.of(o, ACTIONS_PER_OWNER)).toList(), overdue,
                views.pending(null), from.toString(), to.toString(), Attendance.over(tx, group, from, to, now), ledger,
                formToken, feed, baseUrl + "/calendar/" + group.id() + ".ics", notice, groupQuery);
    }

    /**
     * The sign-in form ({@code templates/signin-page.ftlh}); {@code named}: the form must name its group (several
     * groups), {@code sent}: the form was just sent.
     */
    public String signInPage(GroupView group, boolean named, boolean sent) {
        return renderer.page("signin-page", new SignInPageModel(group, named, sent));
    }

    /** The model of {@code templates/signin-page.ftlh}. */
    public record SignInPageModel(GroupView group, boolean named, boolean sent) {
    }

    /** The absolute address of a member's personal feed. */
    public String memberFeedUrl(GroupDefinition group, String email, String key) {
        return baseUrl + "/calendar/" + group.id() + "/" + email + ".ics?key=" + key;
    }

    /** Apology reasons are for chairs and staff, and for the one who apologised (PRODUCT.md 3.6). */
    private static MeetingView visibleTo(Viewer viewer, MeetingView m) {
        List<ApologyView> apologies = m.apologies().stream()
                .map(a -> viewer.seesReasonOf(a.email()) ? a : new ApologyView(a.name(), a.email(), null)).toList();
        return new MeetingView(m.id(), m.kind(), m.title(), m.status(), m.startLocal(), m.startShort(), m.startUtc(),
                m.endLocal(), m.durationMinutes(), m.cancelReason(), m.items(), apologies, m.location(), m.joinUrl(),
                m.quorum());
    }

    private static LedgerRow row(LedgerEntry e, GroupDefinition group) {
        List<String> understood = new ArrayList<>();
        for (JsonNode command : read(e.commandsJson())) {
            StringBuilder line = new StringBuilder(command.path("type").asText("?"));
            String separator = ": ";
            for (Iterator<Map.Entry<String, JsonNode>> fields = command.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("type") && !field.getKey().equals("error") && !field.getValue().isNull()) {
                    line.append(separator).append(field.getKey()).append('=')
                            .append(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
                    separator = ", ";
                }
            }
            understood.add(line.toString());
        }
        List<String> errors = new ArrayList<>();
        read(e.errorsJson()).forEach(error -> errors.add(error.asText()));
        boolean replayable;
        try {
            replayable = Outcome.of(e.outcome()).replayable();
        } catch (IllegalArgumentException unknown) {
            replayable = false;
        }
        return new LedgerRow(e.emailNo(), DisplayFormats.shortDateTime(e.received(), group.timezone()), e.from(),
                e.subject(), e.outcome(), e.reason(), understood, errors, replayable);
    }

    private static JsonNode read(String json) {
        try {
            JsonNode node = json == null ? null : JSON.readTree(json);
            return node != null && node.isArray() ? node : JSON.createArrayNode();
        } catch (java.io.IOException e) {
            return JSON.createArrayNode();
        }
    }
}
