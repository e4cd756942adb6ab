package org.plenary.notify;

/**
 * An action item ready to print.
 *
 * @param id e.g. "A7"
 * @param status open, in progress, blocked, done or cancelled
 * @param due e.g. "30 June 2017", or null
 * @param overdueDays days past due, 0 when not overdue
 * @param lastNote the latest status note, or null
 */
public record ActionView(
        String id,
        String title,
        String ownerName,
        String ownerEmail,
        String status,
        String due,
        int overdueDays,
        String lastNote) {
}
