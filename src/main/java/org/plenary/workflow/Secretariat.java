package org.plenary.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.MeetingIds;
import org.plenary.group.Member;
import org.plenary.group.Role;
import org.plenary.intake.InboundEmail;
import org.plenary.language.CalendarReplyReader;
import org.plenary.language.Command;
import org.plenary.language.CommandParser;
import org.plenary.language.ParseResult;
import org.plenary.language.Utterance;
import org.plenary.notify.PlenaryMessageIds;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One email through the same readable shape every time: guards (own mail, machine mail, unknown sender,
 * failed authentication) → dedupe → understand → act → record → reply. Everything happens in one
 * transaction, so the effects, the ledger row and the reply commit together or not at all. Thread-safe.
 */
public final class Secretariat {
    private static final Logger LOG = LoggerFactory.getLogger(Secretariat.class);

    private final java.util.function.Supplier<GroupDefinition> currentGroup;
    private final Database database;
    private final Clock clock;
    private final CommandParser parser = new CommandParser();
    private final Replies replies;
    private final MeetingNotices notices;
    private final Authenticity authenticity;

    public Secretariat(java.util.function.Supplier<GroupDefinition> currentGroup, Database database, Clock clock, Replies replies, MeetingNotices notices,
                       Authenticity authenticity) {
        this.currentGroup = currentGroup;
        this.database = database;
        this.clock = clock;
        this.replies = replies;
        this.notices = notices;
        this.authenticity = authenticity;
    }

    public GroupDefinition group() {
        return currentGroup.get();
    }

    /** Applies an email and commits; a second delivery of the same email is recorded as a duplicate. */
    public Receipt receive(InboundEmail email, byte[] raw) {
        Receipt receipt = database.inTransaction(tx -> process(tx, email, raw, true));
        LOG.info("{} from {}: {}{}", email.dedupeKey(), email.from(), receipt.outcome(),
                receipt.reason() == null ? "" : " (" + receipt.reason() + ")");
        return receipt;
    }

    /**
     * Applies again an email that was not applied (failed, rejected or ignored), from the raw message the ledger
     * kept, after staff fixed what stood in its way. An applied email is never replayed: that would apply it twice.
     */
    public Receipt replay(long emailNo, java.util.function.Function<byte[], InboundEmail> reader) {
        GroupDefinition group = currentGroup.get();
        return database.inTransaction(tx -> {
            LedgerEntry entry = tx.ledger().find(group.id(), emailNo)
                    .orElseThrow(() -> new org.plenary.PlenaryException("there is no email " + emailNo + " in the ledger"));
            if (!List.of("failed", "rejected", "ignored").contains(entry.outcome())
                    || tx.ledger().first(group.id(), entry.dedupeKey()).map(e -> e.emailNo() != emailNo).orElse(false)) {
                throw new org.plenary.PlenaryException("email " + emailNo + " was " + entry.outcome()
                        + " already or replayed since; replaying it would apply it twice");
            }
            byte[] raw = tx.ledger().raw(group.id(), emailNo)
                    .orElseThrow(() -> new org.plenary.PlenaryException("email " + emailNo + " has no raw message kept"));
            tx.ledger().supersede(group.id(), emailNo, "replayed: " + (entry.reason() == null ? "" : entry.reason()));
            return process(tx, reader.apply(raw), raw, true);
        });
    }

    /** What Plenary understands of an email, by the same path as {@link #receive}, with nothing kept. */
    public Receipt explain(InboundEmail email) {
        return database.inRollback(tx -> process(tx, email, null, false));
    }

    private Receipt process(StoreTransaction tx, InboundEmail email, byte[] raw, boolean reply) {
        GroupDefinition group = currentGroup.get();
        Instant now = clock.instant();
        // A member removed from the group file is a stranger now, whatever their history.
        Directory directory = new Directory(tx.groups().activeMembers(group.id()));
        Optional<Member> member = directory.byAddress(email.sender());
        boolean viaList = cameThroughList(email);

        String ignored = guard(email, member);
        if (ignored != null) {
            // Strangers and members whose authentication failed are refused (rejected); machine and own mail is ignored.
            boolean refused = !isOwn(email) && !email.isAutomatic();
            String outcome = refused ? "rejected" : "ignored";
            Receipt receipt = new Receipt(email, outcome, ignored, member.orElse(null), viaList, List.of(), List.of(), "none");
            if (raw != null && tx.ledger().first(group.id(), email.dedupeKey()).isEmpty()) {
                // A refused copy claims nothing: another copy of the same email (the direct one, where the list's
                // copy failed authentication) may still be applied.
                record(tx, receipt, false, raw, now);
            } else if (raw != null) {
                record(tx, new Receipt(email, "duplicate", "already received", member.orElse(null), viaList,
                        List.of(), List.of(), "none"), false, raw, now);
            }
            return receipt;
        }
        Member sender = member.get();
        Optional<LedgerEntry> earlier = tx.ledger().first(group.id(), email.dedupeKey());
        if (earlier.isPresent()) {
            Receipt duplicate = new Receipt(email, "duplicate", "already received as email " + earlier.get().emailNo(),
                    sender, viaList, List.of(), List.of(), "none");
            if (raw != null) {
                record(tx, duplicate, false, raw, now);
            }
            return duplicate;
        }

        Optional<String> thread = threadMeeting(tx, email);
        List<Command> commands = new ArrayList<>();
        for (String calendar : email.calendars()) {
            commands.addAll(CalendarReplyReader.commandsOf(calendar, group.domain(), group.id()));
        }
        LocalDate today = now.atZone(group.timezone()).toLocalDate();
        ParseResult parsed = parser.parse(new Utterance(email.subject(), email.visibleText(), today, group.timezone(),
                group.dateOrder(), thread.isPresent()));
        // A calendar reply says it all; its text part ("Declined: …") would only repeat it.
        boolean calendarReply = !commands.isEmpty();
        if (!calendarReply) {
            commands.addAll(parsed.commands());
        }
        CommandHandler handler = new CommandHandler(group, tx, directory, notices, now, sender, thread,
                email.dedupeKey());
        List<Effect> effects = commands.stream().map(handler::apply).toList();
        List<String> errors = calendarReply ? new ArrayList<>() : new ArrayList<>(parsed.errors());

        boolean changed = effects.stream().anyMatch(e -> !e.failed() && !e.changes().isEmpty());
        boolean failed = !errors.isEmpty() || effects.stream().anyMatch(Effect::failed);
        boolean asksHelp = effects.stream().anyMatch(e -> e.type().equals("help"));
        boolean asksStatus = effects.stream().anyMatch(e -> e.type().equals("status"));
        String outcome;
        String reason = null;
        if (commands.isEmpty() && errors.isEmpty()) {
            outcome = "ignored";
            reason = viaList ? "list discussion without a command" : "no command";
        } else if (!failed) {
            outcome = "applied";
        } else if (changed) {
            outcome = "partly-applied";
        } else {
            outcome = "rejected";
            reason = "no command could be applied";
        }

        String answer = chooseReply(commands.isEmpty(), changed, failed, asksHelp, asksStatus, viaList);
        Receipt receipt = new Receipt(email, outcome, reason, sender, viaList, effects, errors, answer);
        if (raw != null) {
            record(tx, receipt, true, raw, now);
        }
        if (reply) {
            sendReply(tx, receipt, sender, now, directory);
        }
        return receipt;
    }

    /** Tells staff, once, that an email was moved to the failure folder, so a person looks at it. */
    public void failureNotice(StoreTransaction tx, InboundEmail email, String error) {
        List<Member> staff = new Directory(tx.groups().activeMembers(group().id())).all().stream()
                .filter(m -> m.role() == Role.STAFF).toList();
        for (Member person : staff) {
            replies.failureNotice(tx, group(), email, person, error, clock.instant());
        }
    }

    private String chooseReply(boolean noCommand, boolean changed, boolean failed, boolean help, boolean status,
                               boolean viaList) {
        if (changed) {
            return "confirmation";
        }
        if (help) {
            return "help";
        }
        if (status) {
            return "status";
        }
        if (noCommand) {
            return viaList ? "none" : "error";
        }
        return failed ? "error" : "none";
    }

    private void sendReply(StoreTransaction tx, Receipt receipt, Member sender, Instant now, Directory directory) {
        InboundEmail email = receipt.email();
        LocalDate today = now.atZone(group().timezone()).toLocalDate();
        switch (receipt.reply()) {
            case "confirmation" -> replies.confirmation(tx, group(), email, sender, receipt.changes(),
                    receipt.allErrors(), refOf(receipt), now);
            case "help" -> {
                if (tx.replyLimits().take(group().id(), sender.email(), "help", today)) {
                    replies.help(tx, group(), email, sender, now);
                }
            }
            case "status" -> {
                if (tx.replyLimits().take(group().id(), sender.email(), "status", today)) {
                    replies.status(tx, group(), email, sender, now);
                }
            }
            case "error" -> {
                if (tx.replyLimits().take(group().id(), sender.email(), "error", today)) {
                    List<String> errors = receipt.allErrors().isEmpty()
                            ? List.of("Plenary found no command in your email.") : receipt.allErrors();
                    replies.error(tx, group(), email, sender, errors, suggestions(tx, now), now);
                } else {
                    LOG.info("{}: error reply to {} withheld, one was sent today already", email.dedupeKey(), sender.email());
                }
            }
            default -> { }
        }
    }

    private List<String> suggestions(StoreTransaction tx, Instant now) {
        MeetingFinder finder = new MeetingFinder(group().id(), group().timezone(), tx.meetings(), now);
        return List.of("Apologies for the plenary on 4 July", "AGENDA: title (30 min) for the plenary on 4 July",
                "A7 done", "HELP", finder.upcomingHint());
    }

    private String guard(InboundEmail email, Optional<Member> member) {
        if (isOwn(email)) {
            return "Plenary's own mail";
        }
        if (email.isAutomatic()) {
            return email.automatic();
        }
        if (member.isEmpty()) {
            return "unknown sender " + email.from();
        }
        return authenticity.refusal(email).orElse(null);
    }

    private boolean isOwn(InboundEmail email) {
        return group().address().equalsIgnoreCase(email.from())
                || PlenaryMessageIds.isOurs(email.messageId(), group().domain());
    }

    private boolean cameThroughList(InboundEmail email) {
        if (group().list() == null) {
            return false;
        }
        String list = group().list().toLowerCase();
        String listLocal = list.substring(0, list.indexOf('@'));
        return email.to().contains(list) || email.cc().contains(list)
                || (email.listId() != null && email.listId().toLowerCase().contains(listLocal));
    }

    /** The meeting of the thread: one of Plenary's Message-IDs in In-Reply-To or References names it. */
    private Optional<String> threadMeeting(StoreTransaction tx, InboundEmail email) {
        List<String> ids = new ArrayList<>();
        if (email.inReplyTo() != null) {
            ids.add(email.inReplyTo());
        }
        List<String> references = new ArrayList<>(email.references());
        java.util.Collections.reverse(references);
        ids.addAll(references);
        for (String id : ids) {
            Optional<String> ref = PlenaryMessageIds.refOf(id, group().domain())
                    .or(() -> tx.outbox().refOfMessage(group().id(), id));
            if (ref.isPresent() && MeetingIds.looksLikeMeetingId(ref.get())) {
                return ref;
            }
        }
        if (email.traceRef() != null && MeetingIds.looksLikeMeetingId(email.traceRef())) {
            return Optional.of(email.traceRef());
        }
        return Optional.empty();
    }

    private void record(StoreTransaction tx, Receipt receipt, boolean first, byte[] raw, Instant now) {
        InboundEmail email = receipt.email();
        tx.ledger().record(group().id(), new LedgerEntry(0, email.dedupeKey(), email.messageId(), email.from(),
                email.subject(), now, receipt.outcome(), receipt.reason(), ReceiptJson.commands(receipt),
                ReceiptJson.errors(receipt)), first, raw);
    }

    private static String refOf(Receipt receipt) {
        for (Effect effect : receipt.effects()) {
            Object ref = effect.fields().getOrDefault("action", effect.fields().get("meeting"));
            if (ref == null && effect.fields().get("meetings") instanceof List<?> meetings && meetings.size() == 1) {
                ref = meetings.get(0);
            }
            if (ref != null) {
                return ref.toString();
            }
        }
        return null;
    }
}
