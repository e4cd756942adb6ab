package org.plenary.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plenary.PlenaryException;
import org.plenary.access.Viewer;
import org.plenary.store.ActionItem;
import org.plenary.store.AgendaItem;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.Meeting;
import org.plenary.group.GroupDefinition;
import org.plenary.store.StoreTransaction;

/**
 * The JSON documents of PRODUCT.md 3.4, built from the store. Instants are ISO-8601 in UTC. Each method
 * reads in its own transaction. Thread-safe.
 */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final Function<String, GroupDefinition> groups;
    private final Supplier<List<String>> mailboxes;

    /**
     * @param groups    the definition of each group served, by id (places and quorum)
     * @param mailboxes the ids of the groups whose mailbox this instance holds now (for /health)
     */
    public Api(Database database, Function<String, GroupDefinition> groups, Supplier<List<String>> mailboxes) {
        this.database = database;
        this.groups = groups;
        this.mailboxes = mailboxes;
    }

    public String meetings(Object signedIn) {
        Viewer viewer = SignedIn.viewer(signedIn);
        return write(database.inTransaction(tx -> tx.meetings().all(SignedIn.group(signedIn)).stream()
                .map(m -> meeting(tx, m, viewer)).toList()));
    }

    /** The meeting as JSON; {@link NotFound} when there is none. */
    public String meeting(String id, Object signedIn) {
        Viewer viewer = SignedIn.viewer(signedIn);
        Optional<Map<String, Object>> found = database.inTransaction(tx -> tx.meetings().find(SignedIn.group(signedIn), id)
                .map(m -> meeting(tx, m, viewer)));
        return found.map(Api::write).orElseThrow(() -> new NotFound("no such meeting"));
    }

    public String actions(Object signedIn) {
        String group = SignedIn.group(signedIn);
        return write(database.inTransaction(tx -> tx.actions().all(group).stream().map(a -> action(group, a)).toList()));
    }

    /** The email ledger: chairs and staff only, else {@link Forbidden}. */
    public String emails(Object signedIn) {
        requireLedgerRights(signedIn);
        return write(database.inTransaction(tx -> tx.ledger().recent(SignedIn.group(signedIn), 500).stream()
                .map(Api::email).toList()));
    }

    /** The email exactly as it arrived (chairs and staff only); {@link NotFound} when there is no such email. */
    public byte[] raw(String id, Object signedIn) {
        requireLedgerRights(signedIn);
        long emailNo;
        try {
            emailNo = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("no such email");
        }
        return database.inTransaction(tx -> tx.ledger().raw(SignedIn.group(signedIn), emailNo))
                .orElseThrow(() -> new NotFound("no such email"));
    }

    public String health() {
        boolean store = database.isReachable();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", store ? "UP" : "DOWN");
        out.put("store", store ? "UP" : "DOWN");
        // Group ids only: which mailboxes this instance reads now (PRODUCT.md 3.8).
        out.put("mailboxes", mailboxes.get());
        if (store) {
            database.useTransaction(tx -> {
                out.put("outboxPending", tx.outbox().pending());
                tx.outbox().oldestPending().filter(e -> e.attempts() > 0).ifPresent(e -> {
                    out.put("outboxRetrying", e.attempts() + " attempts since " + e.created());
                    out.put("outboxNextAttempt", e.nextAttempt().toString());
                    out.put("outboxLastError", e.lastError());
                });
            });
        }
        return write(out);
    }

    private static void requireLedgerRights(Object signedIn) {
        if (!SignedIn.viewer(signedIn).seesTheLedger()) {
            throw new Forbidden("the email ledger is for chairs and staff");
        }
    }

    /** A JSON object of a few fields, for answers that are neither data nor an error. */
    public String message(Map<String, Object> fields) {
        return write(fields);
    }

    /** The body of every error answer: {@code {"error": message}}. */
    public String error(String message) {
        return write(Map.of("error", message));
    }

    private Map<String, Object> meeting(StoreTransaction tx, Meeting m, Viewer viewer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("group", m.groupId());
        out.put("kind", m.kind());
        out.put("title", m.title());
        out.put("start", m.start().toString());
        out.put("end", m.end().toString());
        out.put("status", m.status().id());
        out.put("cancelReason", m.cancelReason());
        out.put("movedTo", m.movedTo());
        List<Map<String, Object>> apologies = new ArrayList<>();
        for (var apology : tx.apologies().ofMeeting(m.groupId(), m.id())) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("email", apology.email());
            a.put("name", tx.groups().nameOf(m.groupId(), apology.email()).orElse(apology.email()));
            a.put("reason", viewer.seesReasonOf(apology.email()) ? apology.reason() : null);
            a.put("received", apology.received().toString());
            apologies.add(a);
        }
        out.put("apologies", apologies);
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (AgendaItem item : tx.agenda().ofMeeting(m.groupId(), m.id())) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", item.requestId());
            a.put("title", item.title());
            a.put("status", item.status().id());
            a.put("requestedBy", item.requestedBy());
            a.put("minutes", item.minutes());
            a.put("slot", item.slot());
            agenda.add(a);
        }
        out.put("agenda", agenda);
        GroupDefinition group = groups.apply(m.groupId());
        org.plenary.group.Place place = group.places().of(m.kind(), m.start());
        out.put("location", place.location());
        out.put("joinUrl", place.joinUrl());
        org.plenary.notify.QuorumForecast quorum = m.isLive() ? org.plenary.notify.QuorumForecast.of(group, tx, m) : null;
        if (quorum != null) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("required", quorum.required());
            q.put("expected", quorum.expected());
            q.put("met", quorum.met());
            out.put("quorum", q);
        } else {
            out.put("quorum", null);
        }
        return out;
    }

    private static Map<String, Object> action(String group, ActionItem a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("group", group);
        out.put("title", a.title());
        out.put("owner", a.owner());
        out.put("status", a.status().id());
        out.put("due", a.due() == null ? null : a.due().toString());
        out.put("created", a.created().toString());
        out.put("updated", a.updated().toString());
        out.put("notes", a.notes().stream().map(n -> {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("text", n.text());
            note.put("by", n.by());
            note.put("at", n.at().toString());
            return note;
        }).toList());
        return out;
    }

    private static Map<String, Object> email(LedgerEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.emailNo());
        out.put("messageId", e.messageId());
        out.put("from", e.from());
        out.put("subject", e.subject());
        out.put("received", e.received().toString());
        out.put("outcome", e.outcome());
        out.put("reason", e.reason());
        out.put("commands", read(e.commandsJson()));
        out.put("errors", read(e.errorsJson()));
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().arrayNode();
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
