package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.plenary.group.ActionStatus;

class ActionStoreTest extends StoreTestSupport {

    private String create(String groupId, String title) {
        return in(tx -> tx.actions().create(groupId, title, "larisa@ssr2.test", null, null, NOW, "<m1@mail.test>"));
    }

    @Test
    void actionsAreNumberedA1A2PerGroup() {
        use(tx -> tx.groups().save(group("other", List.of()), NOW));

        assertThat(List.of(create(GROUP, "Draft scope"), create(GROUP, "Book room"))).containsExactly("A1", "A2");
        assertThat(create("other", "Elsewhere")).isEqualTo("A1");
        assertThat(committed().actions().count(GROUP)).isEqualTo(2);
    }

    @Test
    void anActionRoundTripsItsFields() {
        use(tx -> tx.actions().create(GROUP, "Draft scope", "larisa@ssr2.test", LocalDate.of(2017, 7, 4),
                "plenary-2017-06-27", NOW, "<m1@mail.test>"));

        ActionItem action = committed().actions().find(GROUP, "A1").orElseThrow();
        assertThat(action).extracting(ActionItem::number, ActionItem::title, ActionItem::owner, ActionItem::status,
                        ActionItem::due, ActionItem::meetingId, ActionItem::created, ActionItem::closed)
                .containsExactly(1, "Draft scope", "larisa@ssr2.test", ActionStatus.OPEN, LocalDate.of(2017, 7, 4),
                        "plenary-2017-06-27", NOW, null);
    }

    @Test
    void aDueDateIsTheSameDayWhateverTheJvmTimeZone() {
        // A date has no zone; a JVM far from UTC must not shift it to the day before.
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            use(tx -> tx.actions().create(GROUP, "Draft", "larisa@ssr2.test", LocalDate.of(2017, 7, 4), null, NOW, null));
            assertThat(committed().actions().find(GROUP, "A1").orElseThrow().due()).isEqualTo("2017-07-04");
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(committed().actions().find(GROUP, "A1").orElseThrow().due()).isEqualTo("2017-07-04");
    }

    @Test
    void notesKeepTheOrderTheyWereAddedIn() {
        create(GROUP, "Draft scope");

        use(tx -> tx.actions().addNote(GROUP, "A1", "Started", "larisa@ssr2.test", NOW.plusSeconds(60)));
        use(tx -> tx.actions().addNote(GROUP, "A1", "Sent to RT", "larisa@ssr2.test", NOW.plusSeconds(30)));

        ActionItem action = committed().actions().find(GROUP, "A1").orElseThrow();
        assertThat(action.notes()).extracting(ActionNote::text).containsExactly("Started", "Sent to RT");
        assertThat(action.updated()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void closingSetsClosedAtOnceAndReopeningClearsIt() {
        create(GROUP, "Draft scope");
        ActionItem open = committed().actions().find(GROUP, "A1").orElseThrow();

        use(tx -> tx.actions().update(GROUP, open.with(ActionStatus.DONE, null, open.owner()), NOW.plusSeconds(60)));
        use(tx -> tx.actions().update(GROUP, open.with(ActionStatus.CANCELLED, null, open.owner()), NOW.plusSeconds(120)));
        assertThat(committed().actions().find(GROUP, "A1").orElseThrow().closed()).isEqualTo(NOW.plusSeconds(60));
        assertThat(committed().actions().open(GROUP)).isEmpty();

        use(tx -> tx.actions().update(GROUP, open.with(ActionStatus.IN_PROGRESS, null, "noor@ssr2.test"), NOW.plusSeconds(180)));
        ActionItem reopened = committed().actions().find(GROUP, "A1").orElseThrow();
        assertThat(reopened.closed()).isNull();
        assertThat(reopened.owner()).isEqualTo("noor@ssr2.test");
        // The status is stored in the spelling of the API (PRODUCT.md 3.4), not as the enum's name.
        assertThat(count("SELECT COUNT(*) FROM actions WHERE status = 'in-progress'")).isEqualTo(1);
    }
}
