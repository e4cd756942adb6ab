package org.plenary.desk;

import java.util.List;

/**
 * One email of the ledger as the desk shows it to chairs and staff.
 *
 * @param understood each command as {@code explain} reads it ("apology: meeting=plenary-2017-06-20"); its error,
 *     if any, is among {@code errors}
 * @param replayable failed, rejected or ignored: nothing of it was applied, so it may be replayed
 */
public record LedgerRow(long id, String received, String from, String subject, String outcome, String reason,
                        List<String> understood, List<String> errors, boolean replayable) {
    public LedgerRow {
        understood = List.copyOf(understood);
        errors = List.copyOf(errors);
    }
}
