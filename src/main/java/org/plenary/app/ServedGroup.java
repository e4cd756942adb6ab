package org.plenary.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.plenary.access.FeedKeys;
import org.plenary.access.SignIn;
import org.plenary.access.Tokens;
import org.plenary.desk.DeskPages;
import org.plenary.intake.MailReader;
import org.plenary.mailbox.BatchPrefetch;
import org.plenary.notify.Announcements;
import org.plenary.notify.Schedules;
import org.plenary.notify.TemplateRenderer;
import org.plenary.notify.Timetable;
import org.plenary.store.Database;
import org.plenary.workflow.Authenticity;
import org.plenary.workflow.ChangeNotices;
import org.plenary.workflow.CurrentGroup;
import org.plenary.workflow.GroupFileWatch;
import org.plenary.workflow.GroupSync;
import org.plenary.workflow.InboundMail;
import org.plenary.workflow.QuorumWarnings;
import org.plenary.workflow.Replies;
import org.plenary.workflow.Secretariat;
import org.plenary.workflow.SettledMail;

/**
 * One group of the deployment and the beans that act for it alone (PRODUCT.md 3.8): its file, templates,
 * secretariat (members of other groups are strangers to it), inbound mail, schedules, tokens and sign-in. What
 * all groups share — the store, the clock, the outbox — lives in {@link Plenary}. Thread-safe.
 */
public final class ServedGroup {
    private final Path file;
    private final CurrentGroup group;
    private final GroupFileWatch watch;
    private final TemplateRenderer renderer;
    private final Announcements announcements;
    private final Secretariat secretariat;
    private final InboundMail inbound;
    /** The mailbox route's key generator, which learns each poll's messages in order (one per group). */
    private final BatchPrefetch prefetch = new BatchPrefetch(100);
    private final Schedules schedules;
    private final Tokens tokens;
    private final SignIn signIn;
    private final DeskPages pages;

    /** @param settled told of each email settled (metrics, and the polls and outbox that go on at once) */
    ServedGroup(Path file, Settings settings, Database database, Clock clock, MailReader reader, FeedKeys feedKeys,
                SettledMail settled) {
        this.file = file;
        this.group = new CurrentGroup(file);
        this.watch = new GroupFileWatch(group, new GroupSync(database, clock), clock);
        Path own = group.get().templates();
        String shared = settings.get("plenary.templates");
        this.renderer = new TemplateRenderer(own != null ? own : shared == null || shared.isBlank() ? null : Path.of(shared));
        this.announcements = new Announcements(renderer);
        Authenticity authenticity = new Authenticity(Plenary.trust(settings),
                List.of(settings.get("plenary.trusted.authserv").split(",")));
        DeskPages desk = new DeskPages(renderer, feedKeys, settings.baseUrl());
        this.pages = desk;
        this.secretariat = new Secretariat(group, database, clock, new Replies(renderer, (tx, g, member, now) ->
                        desk.memberFeedUrl(g, member.email(), feedKeys.keyOf(tx, g.id(), member.email(), now))),
                QuorumWarnings.after(new ChangeNotices(group, announcements, clock),
                        new QuorumWarnings(group, announcements, clock)), authenticity,
                settings.integer("plenary.confirmations.per.hour"));
        this.inbound = new InboundMail(secretariat, reader, database, clock, settings.integer("plenary.imap.max.attempts"),
                Long.parseLong(settings.require("plenary.mail.max.bytes")), settled, prefetch);
        this.schedules = new Schedules(group, database, announcements,
                new Timetable(clock, Duration.parse(settings.require("plenary.summary.after"))));
        this.tokens = new Tokens(database, group, clock, settings.get("plenary.api.token"));
        this.signIn = new SignIn(database, group, clock, settings.baseUrl(), renderer);
    }

    public String id() {
        return group.get().id();
    }

    Path file() {
        return file;
    }

    public CurrentGroup group() {
        return group;
    }

    GroupFileWatch watch() {
        return watch;
    }

    public TemplateRenderer renderer() {
        return renderer;
    }

    public Announcements announcements() {
        return announcements;
    }

    public Secretariat secretariat() {
        return secretariat;
    }

    InboundMail inbound() {
        return inbound;
    }

    BatchPrefetch prefetch() {
        return prefetch;
    }

    Schedules schedules() {
        return schedules;
    }

    public Tokens tokens() {
        return tokens;
    }

    SignIn signIn() {
        return signIn;
    }

    DeskPages pages() {
        return pages;
    }
}
