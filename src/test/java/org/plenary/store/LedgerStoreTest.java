package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerStoreTest extends StoreTestSupport {
    private static final String KEY = "<cafe@mail.test>";

    static LedgerEntry entry(String dedupeKey, String outcome) {
        return new LedgerEntry(0, dedupeKey, dedupeKey, "noor@ssr2.test", "[SSR2] Apologies", NOW, outcome, null,
                "[\"apology\"]", "[]");
    }

    private long record(String dedupeKey, boolean first, byte[] raw) {
        return in(tx -> tx.ledger().record(GROUP, entry(dedupeKey, first ? "applied" : "duplicate"), first, raw));
    }

    @Test
    void theFirstDeliveryIsRecordedUnderItsAppliedKey() {
        long emailNo = record(KEY, true, null);

        Optional<LedgerEntry> first = committed().ledger().first(GROUP, KEY);
        assertThat(first).contains(new LedgerEntry(emailNo, KEY, KEY, "noor@ssr2.test", "[SSR2] Apologies", NOW,
                "applied", null, "[\"apology\"]", "[]"));
        assertThat(committed().ledger().first(GROUP, "<other@mail.test>")).isEmpty();
    }

    @Test
    void theStoreRefusesToApplyTheSameEmailTwice() {
        record(KEY, true, null);

        // Two deliveries that both passed the dedupe check race to commit; the unique key lets only one win.
        assertUniqueViolation(() -> record(KEY, true, null));
        assertThat(committed().ledger().recent(GROUP, 10)).hasSize(1);
    }

    @Test
    void duplicatesAreRecordedAsOftenAsTheyArrive() {
        record(KEY, true, null);
        record(KEY, false, null);
        record(KEY, false, null);

        assertThat(committed().ledger().recent(GROUP, 10)).extracting(LedgerEntry::outcome)
                .containsExactly("duplicate", "duplicate", "applied");
        assertThat(committed().ledger().first(GROUP, KEY).orElseThrow().outcome()).isEqualTo("applied");
    }

    @Test
    void rawBytesRoundTripEvenForALargeEmail() {
        byte[] raw = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(raw);

        long emailNo = record(KEY, true, raw);

        assertThat(committed().ledger().raw(GROUP, emailNo)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(raw));
    }

    @Test
    void anEmailMayBeRecordedWithoutRawBytes() {
        long emailNo = record(KEY, true, null);

        // A row without bytes reads back as present-but-null, not as a missing row.
        assertThat(count("SELECT COUNT(*) FROM inbound_emails WHERE raw IS NULL AND email_no = " + emailNo)).isEqualTo(1);
    }

    @Test
    void failuresAreCountedOneTwoThree() {
        int first = in(tx -> tx.ledger().countFailure(GROUP, KEY, "boom", NOW));
        int second = in(tx -> tx.ledger().countFailure(GROUP, KEY, "boom", NOW.plusSeconds(60)));
        int third = in(tx -> tx.ledger().countFailure(GROUP, KEY, "bang", NOW.plusSeconds(120)));
        int another = in(tx -> tx.ledger().countFailure(GROUP, "<other@mail.test>", "boom", NOW));

        assertThat(new int[] {first, second, third, another}).containsExactly(1, 2, 3, 1);
    }

    @Test
    void recentListsTheNewestFirstUpToTheLimit() {
        record("<a@mail.test>", true, null);
        record("<b@mail.test>", true, null);
        record("<c@mail.test>", true, null);

        assertThat(committed().ledger().recent(GROUP, 2)).extracting(LedgerEntry::dedupeKey)
                .containsExactly("<c@mail.test>", "<b@mail.test>");
    }
}
