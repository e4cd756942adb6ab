package org.plenary.group;

import java.time.Duration;

/**
 * When Plenary nudges about action items (PRODUCT.md 3.3 {@code reminders:}): the owner {@code beforeDue} before
 * the due date, the chairs once an action is {@code escalateAfter} overdue. Either may be null: no such email.
 */
public record Reminders(Duration beforeDue, Duration escalateAfter) {
    public static final Reminders NONE = new Reminders(null, null);
}
