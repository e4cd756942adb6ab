package org.plenary.access;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.plenary.PlenaryException;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.AccessKind;
import org.plenary.store.AccessToken;
import org.plenary.store.Database;

/**
 * Who a request comes from: a bearer token (the service token {@code PLENARY_API_TOKEN} or a personal one made by
 * {@code ./plenary token}) or a session cookie of the emailed sign-in. A token names a person, whose rights are
 * read from the group file as it is now: someone removed from the group loses access at once. Thread-safe.
 */
public final class Tokens {
    private final Database database;
    private final Supplier<GroupDefinition> group;
    private final Clock clock;
    private final String serviceToken;

    /** @param serviceToken PLENARY_API_TOKEN, or null or blank for none */
    public Tokens(Database database, Supplier<GroupDefinition> group, Clock clock, String serviceToken) {
        this.database = database;
        this.group = group;
        this.clock = clock;
        this.serviceToken = serviceToken == null || serviceToken.isBlank() ? null : serviceToken;
    }

    /** A new personal API token for a person of the group, valid until revoked; only its hash is stored. */
    public String issue(String address) {
        Member member = member(address);
        String token = Secret.newToken();
        database.useTransaction(tx -> tx.accessTokens().add(Secret.hash(token), group.get().id(), member.email(),
                AccessKind.API, clock.instant(), null));
        return token;
    }

    /** Revokes every token, sign-in link, session and calendar feed key of a person; returns how many there were. */
    public int revoke(String address) {
        Member member = member(address);
        return database.inTransaction(tx -> tx.accessTokens().revoke(group.get().id(), member.email())
                + tx.feedKeys().revoke(group.get().id(), member.email(), clock.instant()));
    }

    /** Who an {@code Authorization: Bearer} token is, if anyone. */
    public Optional<Viewer> bearer(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        if (serviceToken != null && Secret.same(token, serviceToken)) {
            return Optional.of(Viewer.SERVICE);
        }
        return holder(token, AccessKind.API);
    }

    /** Who a session cookie is, if anyone. */
    public Optional<Viewer> session(String token) {
        return token == null || token.isBlank() ? Optional.empty() : holder(token, AccessKind.SESSION);
    }

    private Optional<Viewer> holder(String token, AccessKind kind) {
        GroupDefinition current = group.get();
        Optional<AccessToken> stored = database.inTransaction(tx -> tx.accessTokens().find(Secret.hash(token)));
        return stored.filter(t -> t.kind() == kind && t.groupId().equals(current.id()) && t.isValidAt(clock.instant()))
                .flatMap(t -> current.memberByAddress(t.email()))
                .map(m -> Viewer.of(m.email(), m.role()));
    }

    private Member member(String address) {
        return group.get().memberByAddress(address).orElseThrow(() -> new PlenaryException(
                address + " is not a member of " + group.get().id() + " (see the group file)"));
    }
}
