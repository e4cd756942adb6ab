package org.plenary.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.plenary.correlation.Purpose;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.notify.MailDraft;
import org.plenary.notify.GroupView;
import org.plenary.notify.SignInModel;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.AccessKind;
import org.plenary.store.AccessToken;
import org.plenary.store.Database;

/**
 * The sign-in by email (PRODUCT.md 3.6): an address of the group asks, a one-time link valid 15 minutes goes to
 * it through the outbox, and the link, used once, opens a session. Whoever asks learns nothing of whether the
 * address belongs to the group; a member gets at most {@link #LINKS_PER_WINDOW} links per window, so the form
 * cannot flood anyone's mailbox. Thread-safe.
 */
public final class SignIn {
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);
    public static final Duration SESSION_LIFETIME = Duration.ofDays(7);
    static final int LINKS_PER_WINDOW = 3;

    private final Database database;
    private final Supplier<GroupDefinition> group;
    private final Clock clock;
    private final String baseUrl;
    private final TemplateRenderer renderer;

    /** @param baseUrl where people reach Plenary's HTTP (PLENARY_BASE_URL), without a trailing slash */
    public SignIn(Database database, Supplier<GroupDefinition> group, Clock clock, String baseUrl,
                  TemplateRenderer renderer) {
        this.renderer = renderer;
        this.database = database;
        this.group = group;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Emails a sign-in link to the address when it is a member's; does nothing otherwise, and says nothing. */
    public void requestLink(String address) {
        GroupDefinition current = group.get();
        Optional<Member> member = address == null ? Optional.empty() : current.memberByAddress(address.trim());
        if (member.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String token = Secret.newToken();
        database.useTransaction(tx -> {
            if (tx.accessTokens().countSince(current.id(), member.get().email(), AccessKind.SIGN_IN,
                    now.minus(LINK_LIFETIME)) >= LINKS_PER_WINDOW) {
                return;
            }
            tx.accessTokens().add(Secret.hash(token), current.id(), member.get().email(), AccessKind.SIGN_IN, now,
                    now.plus(LINK_LIFETIME));
            tx.outbox().add(MailDraft.of(current, Purpose.SIGNIN).to(List.of(member.get().email()))
                    .content(renderer.render("signin", new SignInModel(GroupView.of(current), member.get().name(),
                            baseUrl + "/login/" + token, LINK_LIFETIME.toMinutes())))
                    .idSeed(Secret.newToken()).build(), now);
        });
    }

    /** Uses a sign-in link: a new session token, or empty when the link is unknown, expired or already used. */
    public Optional<String> redeem(String linkToken) {
        if (linkToken == null || linkToken.isBlank()) {
            return Optional.empty();
        }
        GroupDefinition current = group.get();
        Instant now = clock.instant();
        String hash = Secret.hash(linkToken);
        return database.inTransaction(tx -> {
            Optional<AccessToken> link = tx.accessTokens().find(hash).filter(t -> t.kind() == AccessKind.SIGN_IN
                    && t.groupId().equals(current.id()) && t.isValidAt(now));
            if (link.isEmpty() || !tx.accessTokens().use(hash, now)) {
                return Optional.empty();
            }
            String session = Secret.newToken();
            tx.accessTokens().add(Secret.hash(session), current.id(), link.get().email(), AccessKind.SESSION, now,
                    now.plus(SESSION_LIFETIME));
            return Optional.of(session);
        });
    }
}
