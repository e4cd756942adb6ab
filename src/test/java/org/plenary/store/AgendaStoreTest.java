package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaStoreTest extends StoreTestSupport {
    private static final String JULY_4 = "plenary-2017-07-04";
    private static final String JULY_11 = "plenary-2017-07-11";

    @Test
    void standingItemsKeepTheirOrder() {
        use(tx -> tx.agenda().addStanding(GROUP, JULY_4, List.of("Welcome", "Open actions", "AOB"), NOW));

        assertThat(committed().agenda().ofMeeting(GROUP, JULY_4))
                .extracting(AgendaItem::title, AgendaItem::status, AgendaItem::requestId)
                .containsExactly(
                        tuple("Welcome", AgendaStatus.STANDING, null),
                        tuple("Open actions", AgendaStatus.STANDING, null),
                        tuple("AOB", AgendaStatus.STANDING, null));
    }

    @Test
    void requestsAreNumberedR1R2PerGroup() {
        use(tx -> tx.groups().save(group("other", List.of()), NOW));

        String first = in(tx -> tx.agenda().addRequest(GROUP, JULY_4, "Budget", "noor@ssr2.test", 10, NOW));
        String second = in(tx -> tx.agenda().addRequest(GROUP, JULY_11, "Travel", "zoe@ssr2.test", null, NOW));
        String elsewhere = in(tx -> tx.agenda().addRequest("other", JULY_4, "Scope", "amara@ssr2.test", null, NOW));

        assertThat(List.of(first, second)).containsExactly("R1", "R2");
        // Another group counts from R1 again, so its members never see gaps made by someone else.
        assertThat(elsewhere).isEqualTo("R1");
        assertThat(committed().agenda().pending(GROUP)).extracting(AgendaItem::requestId).containsExactlyInAnyOrder("R1", "R2");
    }

    @Test
    void aRequestRoundTripsAfterTheStandingItems() {
        use(tx -> tx.agenda().addStanding(GROUP, JULY_4, List.of("Welcome"), NOW));
        use(tx -> tx.agenda().addRequest(GROUP, JULY_4, "Budget", "noor@ssr2.test", 10, NOW));

        AgendaItem budget = committed().agenda().request(GROUP, "R1").orElseThrow();
        assertThat(budget).extracting(AgendaItem::meetingId, AgendaItem::title, AgendaItem::status,
                        AgendaItem::requestedBy, AgendaItem::minutes, AgendaItem::position)
                .containsExactly(JULY_4, "Budget", AgendaStatus.REQUESTED, "noor@ssr2.test", 10, 20);
    }

    @Test
    void pendingListsOnlyRequestedItemsInTheirOrder() {
        use(tx -> {
            tx.agenda().addStanding(GROUP, JULY_4, List.of("Welcome"), NOW);
            tx.agenda().addRequest(GROUP, JULY_4, "Budget", "noor@ssr2.test", null, NOW);
            tx.agenda().addRequest(GROUP, JULY_4, "Travel", "zoe@ssr2.test", null, NOW);
            tx.agenda().addRequest(GROUP, JULY_4, "Scope", "kaveh@ssr2.test", null, NOW);
        });
        AgendaItem travel = committed().agenda().request(GROUP, "R2").orElseThrow();

        use(tx -> tx.agenda().update(GROUP, travel.withStatus(AgendaStatus.DECLINED, "Out of scope")));

        assertThat(committed().agenda().pending(GROUP)).extracting(AgendaItem::requestId).containsExactly("R1", "R3");
        assertThat(committed().agenda().request(GROUP, "R2").orElseThrow().reason()).isEqualTo("Out of scope");
        assertThat(count("SELECT COUNT(*) FROM agenda_items WHERE status = 'declined'")).isEqualTo(1);
    }

    @Test
    void anItemMovesToAnotherMeeting() {
        use(tx -> tx.agenda().addRequest(GROUP, JULY_4, "Budget", "noor@ssr2.test", null, NOW));
        AgendaItem budget = committed().agenda().request(GROUP, "R1").orElseThrow();

        use(tx -> tx.agenda().update(GROUP, budget.movedTo(JULY_11, 30)));

        assertThat(committed().agenda().ofMeeting(GROUP, JULY_4)).isEmpty();
        assertThat(committed().agenda().ofMeeting(GROUP, JULY_11)).extracting(AgendaItem::position).containsExactly(30);
    }

    @Test
    void movingAllItemsLeavesTheStandingOnesBehind() {
        use(tx -> {
            tx.agenda().addStanding(GROUP, JULY_4, List.of("Welcome"), NOW);
            tx.agenda().addRequest(GROUP, JULY_4, "Budget", "noor@ssr2.test", null, NOW);
        });

        use(tx -> tx.agenda().moveAll(GROUP, JULY_4, JULY_11));

        assertThat(committed().agenda().ofMeeting(GROUP, JULY_4)).extracting(AgendaItem::title).containsExactly("Welcome");
        assertThat(committed().agenda().ofMeeting(GROUP, JULY_11)).extracting(AgendaItem::title).containsExactly("Budget");
    }

    @Test
    void aRequestIdIsUniqueWithinItsGroup() {
        use(tx -> tx.agenda().addRequest(GROUP, JULY_4, "Budget", "noor@ssr2.test", null, NOW));

        // Two deliveries racing for the next number must not both get R1.
        assertUniqueViolation(() -> execute("""
                INSERT INTO agenda_items (group_id, meeting_id, request_id, request_no, position, title, status, created_at)
                VALUES ('ssr2', 'plenary-2017-07-04', 'R1', 1, 10, 'Again', 'requested', CURRENT_TIMESTAMP)"""));
    }
}
