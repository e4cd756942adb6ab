package org.plenary.store;

import java.time.Instant;

/**
 * One email as the ledger keeps it. {@code outcome} is applied, partly-applied, ignored, rejected,
 * duplicate or failed; {@code reason} says why for the last four; commands and errors are JSON arrays.
 */
public record LedgerEntry(long emailNo, String dedupeKey, String messageId, String from, String subject,
                          Instant received, String outcome, String reason, String commandsJson, String errorsJson) {
}
