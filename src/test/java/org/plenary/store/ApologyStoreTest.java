package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApologyStoreTest extends StoreTestSupport {
    private static final String JULY_4 = "plenary-2017-07-04";
    private static final Apology NOOR = new Apology(JULY_4, "noor@ssr2.test", null, NOW, "<a1@mail.test>");

    @Test
    void savingTheSameApologyTwiceRecordsItOnce() {
        boolean first = in(tx -> tx.apologies().save(GROUP, NOOR));
        boolean again = in(tx -> tx.apologies().save(GROUP, NOOR));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(committed().apologies().ofMeeting(GROUP, JULY_4)).containsExactly(NOOR);
    }

    @Test
    void aLaterReasonUpdatesTheApology() {
        use(tx -> tx.apologies().save(GROUP, NOOR));
        Apology withReason = new Apology(JULY_4, NOOR.email(), "Travelling", NOW.plusSeconds(60), "<a2@mail.test>");

        boolean changed = in(tx -> tx.apologies().save(GROUP, withReason));
        boolean changedAgain = in(tx -> tx.apologies().save(GROUP, withReason));

        assertThat(changed).isTrue();
        assertThat(changedAgain).isFalse();
        // The apology keeps the time and email it first arrived with; only the reason changes.
        assertThat(committed().apologies().ofMeeting(GROUP, JULY_4))
                .containsExactly(new Apology(JULY_4, NOOR.email(), "Travelling", NOW, "<a1@mail.test>"));
    }

    @Test
    void withdrawingRemovesTheApologyOnce() {
        use(tx -> tx.apologies().save(GROUP, NOOR));

        boolean withdrawn = in(tx -> tx.apologies().withdraw(GROUP, JULY_4, NOOR.email()));
        boolean again = in(tx -> tx.apologies().withdraw(GROUP, JULY_4, NOOR.email()));

        assertThat(withdrawn).isTrue();
        assertThat(again).isFalse();
        assertThat(committed().apologies().exists(GROUP, JULY_4, NOOR.email())).isFalse();
    }

    @Test
    void apologiesFollowAMovedMeeting() {
        use(tx -> tx.apologies().save(GROUP, NOOR));

        use(tx -> tx.apologies().moveAll(GROUP, JULY_4, "plenary-2017-07-05"));

        assertThat(committed().apologies().ofMeeting(GROUP, JULY_4)).isEmpty();
        assertThat(committed().apologies().exists(GROUP, "plenary-2017-07-05", NOOR.email())).isTrue();
    }
}
