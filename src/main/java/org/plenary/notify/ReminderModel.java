package org.plenary.notify;

/**
 * The model of the {@code reminder} email (PRODUCT.md 3.3 {@code reminders:}): to the owner before an action falls
 * due, or, {@code escalated}, to the chairs once it is long overdue.
 */
public record ReminderModel(GroupView group, String recipientName, ActionView action, boolean escalated) {
}
