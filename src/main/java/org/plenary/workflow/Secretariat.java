package org.plenary.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plenary.PlenaryException;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.group.Role;
import org.plenary.intake.InboundEmail;
import org.plenary.notify.ReplyExamples;
import org.plenary.correlation.ThreadResolver;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One email through the same named stages every time, as a list one reads top to bottom in {@link #process}:
 * {@link Guards} → {@link Dedupe} → {@link HeldAnswers} → {@link Undoing} or {@link Understanding} (without the
 * lines that only {@link Echoes echo} Plenary's own) → {@link Admission} → {@link SenderTrust} (→ {@link Holding})
 * → {@link Acting} (→ {@link Asking}) → {@link Verdict} → {@link Recording} → {@link Answering}. Everything happens in one
 * transaction, so the effects, the ledger row and the reply commit together or not at all. Thread-safe.
 */
public final class Secretariat {
    private static final Logger LOG = LoggerFactory.getLogger(Secretariat.class);
    /** More commands than this in one email are refused whole: no one writes them by hand (PRODUCT.md 3.6). */

    /** Plenary's emails that asked something or said something failed: a reply to them is never ignored. */
    private static final java.util.Set<org.plenary.correlation.Purpose> ASKING = java.util.EnumSet.of(
            org.plenary.correlation.Purpose.ERROR, org.plenary.correlation.Purpose.HELD,
            org.plenary.correlation.Purpose.HELP, org.plenary.correlation.Purpose.STATUS);

    private final Supplier<GroupDefinition> currentGroup;
    private final Database database;
    private final Clock clock;
    private final Replies replies;
    private final Guards guards;
    private final Dedupe dedupe = new Dedupe();
    private final Undoing undoing = new Undoing();
    private final Understanding understanding = new Understanding();
    private final Acting acting;
    private final Asking asking;
    private final Recording recording = new Recording();
    private final SentLines sentLines = new SentLines();
    private final Answering answering;
    private final SenderTrust senderTrust;
    private final Holding holding;
    private final HeldAnswers heldAnswers;

    /** With PRODUCT.md 3.6's limit of confirmations per sender and hour. */
    public Secretariat(Supplier<GroupDefinition> currentGroup, Database database, Clock clock, Replies replies,
                       MeetingNotices notices, Authenticity authenticity) {
        this(currentGroup, database, clock, replies, notices, authenticity, ConfirmationLimit.PER_HOUR);
    }

    /** {@code confirmationsPerHour} per sender, past which one round-up follows; 0 for no limit. */
    public Secretariat(Supplier<GroupDefinition> currentGroup, Database database, Clock clock, Replies replies,
                       MeetingNotices notices, Authenticity authenticity, int confirmationsPerHour) {
        this.currentGroup = currentGroup;
        this.database = database;
        this.clock = clock;
        this.replies = replies;
        this.guards = new Guards(authenticity);
        this.acting = new Acting(notices, new PeopleNotices(replies));
        this.asking = new Asking(recording, replies);
        this.senderTrust = new SenderTrust(authenticity);
        this.holding = new Holding(acting, recording, replies);
        this.heldAnswers = new HeldAnswers(recording, replies);
        // Suggestions read the store, so they are made only when an error reply actually goes out.
        this.answering = new Answering(replies, confirmationsPerHour, this::suggestions);
    }

    public GroupDefinition group() {
        return currentGroup.get();
    }

    /** Applies an email and commits; a second delivery of the same email is recorded as a duplicate. */
    public Receipt receive(InboundEmail email, byte[] raw) {
        return logged(email, database.inTransaction(tx -> process(tx, email, raw, true, false, Optional.empty())));
    }

    private static Receipt logged(InboundEmail email, Receipt receipt) {
        LOG.info("{} from {}: {}{}", email.dedupeKey(), email.from(), receipt.outcome(),
                receipt.reason() == null ? "" : " (" + receipt.reason() + ")");
        return receipt;
    }

    /**
     * Applies emails in order in one transaction, each as {@link #receive} would, and commits once: what a backlog
     * costs is then mostly the mail, not a commit per email. An email whose processing fails is taken back alone
     * and its receipt is null: the caller receives it again by itself, where its failure is counted. The list holds
     * one receipt or null per email.
     */
    public List<Receipt> receiveTogether(List<InboundEmail> emails, List<byte[]> raws) {
        List<Receipt> receipts = database.inTransaction(tx -> {
            List<Receipt> applied = new ArrayList<>();
            for (int i = 0; i < emails.size(); i++) {
                InboundEmail email = emails.get(i);
                byte[] raw = raws.get(i);
                applied.add(tx.attempt(() -> process(tx, email, raw, true, false, Optional.empty())).orElse(null));
            }
            return applied;
        });
        for (int i = 0; i < emails.size(); i++) {
            if (receipts.get(i) != null) {
                logged(emails.get(i), receipts.get(i));
            }
        }
        return receipts;
    }

    /**
     * Applies again an email that was not applied (failed, rejected or ignored), from the raw message the ledger
     * kept, after staff fixed what stood in its way. An applied email is never replayed: that would apply it twice.
     */
    public Receipt replay(long emailNo, Function<byte[], InboundEmail> reader) {
        GroupDefinition group = currentGroup.get();
        return database.inTransaction(tx -> {
            LedgerEntry entry = tx.ledger().find(group.id(), emailNo)
                    .orElseThrow(() -> new PlenaryException("there is no email " + emailNo + " in the ledger"));
            if (!Outcome.of(entry.outcome()).replayable()
                    || tx.ledger().first(group.id(), entry.dedupeKey()).map(e -> e.emailNo() != emailNo).orElse(false)) {
                throw new PlenaryException("email " + emailNo + " was " + entry.outcome()
                        + " already or replayed since; replaying it would apply it twice");
            }
            byte[] raw = tx.ledger().raw(group.id(), emailNo)
                    .orElseThrow(() -> new PlenaryException("email " + emailNo + " has no raw message kept"));
            tx.ledger().supersede(group.id(), emailNo, "replayed: " + (entry.reason() == null ? "" : entry.reason()));
            return process(tx, reader.apply(raw), raw, true, false, Optional.empty());
        });
    }

    /** What Plenary understands of an email, by the same path as {@link #receive}, with nothing kept. */
    public Receipt explain(InboundEmail email) {
        return database.inRollback(tx -> process(tx, email, null, false, false, Optional.empty()));
    }

    /**
     * @param confirmed the sender confirmed this held email by reply, which stands in for a trusted pass
     * @param choice the meeting the sender chose in answer to Plenary's question about this email
     */
    private Receipt process(StoreTransaction tx, InboundEmail email, byte[] raw, boolean reply, boolean confirmed,
                            Optional<String> choice) {
        GroupDefinition group = currentGroup.get();
        Instant now = clock.instant();
        // A member removed from the group file is a stranger now, whatever their history.
        Directory directory = new Directory(tx.groups().activeMembers(group.id()));
        Optional<Member> member = directory.byAddress(email.sender());
        boolean viaList = Understanding.cameThroughList(group, email);

        Optional<GuardRefusal> refusal = guards.refusal(group, email, member);
        if (refusal.isPresent()) {
            return refused(tx, group, email, raw, member.orElse(null), viaList, refusal.get(), now);
        }
        Optional<LedgerEntry> earlier = dedupe.earlier(tx, group.id(), email);
        if (earlier.isPresent()) {
            Receipt duplicate = Receipt.stopped(email, Outcome.DUPLICATE,
                    "already received as email " + earlier.get().emailNo(), member.get(), viaList);
            if (raw != null) {
                recording.record(tx, group.id(), duplicate, false, raw, now);
            }
            return duplicate;
        }
        Member sender = member.get();
        Optional<Receipt> answered = heldAnswers.answer(tx, group, email, sender, viaList, raw, reply, now,
                (t, heldEmail, heldRaw, trusted, chosen) -> process(t, heldEmail, heldRaw, reply, trusted, chosen));
        if (answered.isPresent()) {
            return answered.get();
        }
        Echoes echoes = Echoes.of(tx, group.id(), email, sender.email(), now, sentLines);
        Understood understood = undoing.recognise(tx, group, email).orElseGet(() ->
                understanding.understand(group, echoes.without(email), threadMeeting(tx, email), now))
                .choosing(choice);
        Optional<Receipt> stopped = Admission.stopped(email, echoes, understood, sender, viaList);
        Receipt receipt;
        if (stopped.isPresent()) {
            receipt = stopped.get();
        } else {
            if (!confirmed && senderTrust.mustHold(tx, group, directory, sender, email, understood)) {
                Optional<Receipt> held = holding.hold(tx, group, directory, sender, email, understood, viaList, raw,
                        reply, now);
                if (held.isPresent()) {
                    return held.get();
                }
            }
            List<Effect> effects = acting.act(tx, group, directory, sender, understood, email.dedupeKey(), now);
            Optional<Receipt> asked = asking.ask(tx, group, sender, email, understood, effects, viaList, raw, reply,
                    now);
            if (asked.isPresent()) {
                return asked.get();
            }
            Verdict verdict = Verdict.of(Verdict.Facts.of(understood, effects, viaList, answersOurs(email)));
            receipt = new Receipt(email, verdict.outcome(), verdict.reason(), sender, viaList, effects,
                    understood.errors(), verdict.reply());
        }
        if (raw != null) {
            recording.record(tx, group.id(), receipt, true, raw, now);
        }
        if (reply) {
            answering.answer(tx, group, receipt, sender, now);
        }
        return receipt;
    }

    /**
     * A refused copy claims nothing: another copy of the same email (the direct one, where the list's copy failed
     * authentication) may still be applied. A refused copy of an email already in the ledger is a duplicate.
     */
    private Receipt refused(StoreTransaction tx, GroupDefinition group, InboundEmail email, byte[] raw, Member member,
                            boolean viaList, GuardRefusal refusal, Instant now) {
        Receipt receipt = Receipt.stopped(email, refusal.outcome(), refusal.reason(), member, viaList);
        if (raw != null) {
            boolean first = dedupe.earlier(tx, group.id(), email).isEmpty();
            byte[] kept = refusal.kind() == GuardRefusal.Kind.UNKNOWN_SENDER ? Recording.headersOnly(raw) : raw;
            recording.record(tx, group.id(), first ? receipt
                    : Receipt.stopped(email, Outcome.DUPLICATE, "already received", member, viaList), false, kept, now);
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

    private List<String> suggestions(StoreTransaction tx, Instant now) {
        MeetingFinder finder = new MeetingFinder(group().id(), group().timezone(), tx.meetings(), now);
        return ReplyExamples.of(tx, group(), null, now).suggestions(finder.upcomingHint());
    }

    /**
     * Whether the email answers one of Plenary's emails that asked nothing (a confirmation, a notice, an agenda, a
     * digest): a reply to an error or a question without a command is still someone who needs an answer.
     */
    private boolean answersOurs(InboundEmail email) {
        return org.plenary.correlation.MessageIds.purposeOf(email.inReplyTo(), group().domain())
                .filter(purpose -> !ASKING.contains(purpose)).isPresent();
    }

    /** The meeting of the thread, as {@link ThreadResolver} reads it. */
    private Optional<String> threadMeeting(StoreTransaction tx, InboundEmail email) {
        return new ThreadResolver(group().domain())
                .resolve(email.threadHeaders(), id -> tx.outbox().refOfMessage(group().id(), id)).meeting();
    }
}
