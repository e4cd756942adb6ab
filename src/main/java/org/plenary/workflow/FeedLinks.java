package org.plenary.workflow;

import java.time.Instant;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.StoreTransaction;

/** A member's personal calendar feed link, for the STATUS reply (PRODUCT.md 3.7); null when there is none. */
@FunctionalInterface
public interface FeedLinks {
    FeedLinks NONE = (tx, group, member, now) -> null;

    String of(StoreTransaction tx, GroupDefinition group, Member member, Instant now);
}
