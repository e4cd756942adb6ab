package org.plenary.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void createsAnIdOfPurposeRefAndRandomPartInTheGroupsDomain() {
        String id = MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "ssr2.test", new SplittableRandom(7));

        assertThat(id).matches("<agenda\\.plenary-2017-07-04\\.[0-9a-z]{12}@ssr2\\.test>");
    }

    @Test
    void readsTheRefBackFromItsOwnIds() {
        String meeting = MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "ssr2.test", new Random(1));
        String action = MessageIds.create("A7", Purpose.CONFIRMATION, "ssr2.test", "outbox-42");

        assertThat(MessageIds.refOf(meeting, "ssr2.test")).contains("plenary-2017-07-04");
        assertThat(MessageIds.refOf(action, "SSR2.test")).contains("A7");
        assertThat(MessageIds.refOf(" " + action.substring(1, action.length() - 1) + " ", "ssr2.test")).contains("A7");
    }

    @Test
    void readsNoRefFromOtherPeoplesIdsOrFromIdsAboutNothing() {
        String digest = MessageIds.create("-", Purpose.DIGEST, "ssr2.test", new Random(1));
        String agenda = MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "ssr2.test", new Random(1));

        assertThat(MessageIds.refOf(digest, "ssr2.test")).isEmpty();
        assertThat(MessageIds.refOf(agenda, "elsewhere.test")).isEmpty();
        assertThat(MessageIds.refOf("<CAF=abc.def.123@mail.gmail.com>", "ssr2.test")).isEmpty();
        assertThat(MessageIds.refOf("<agenda.A7.short@ssr2.test>", "ssr2.test")).isEmpty();
        assertThat(MessageIds.refOf("<hello.A7.k3j2h1q8z0m4@ssr2.test>", "ssr2.test")).isEmpty();
        assertThat(MessageIds.refOf(null, "ssr2.test")).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameIdAndAnotherSeedAnother() {
        String first = MessageIds.create("A7", Purpose.CONFIRMATION, "ssr2.test", "outbox-42");

        assertThat(MessageIds.create("A7", Purpose.CONFIRMATION, "ssr2.test", "outbox-42")).isEqualTo(first);
        assertThat(MessageIds.create("A7", Purpose.CONFIRMATION, "ssr2.test", "outbox-43")).isNotEqualTo(first);
    }

    @Test
    void derivesTheSameIdsAsEverSoIdsAlreadyInStoresAndMailboxesStillMatch() {
        assertThat(MessageIds.create("A7", Purpose.CONFIRMATION, "ssr2.test", "outbox-42"))
                .isEqualTo("<confirmation.A7.b1rhihldcl2h@ssr2.test>");
        assertThat(MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "SSR2.test",
                "agenda/plenary-2017-07-04/0/1498737600000/"))
                .isEqualTo("<agenda.plenary-2017-07-04.4zk6eh7o88c5@ssr2.test>");
    }

    @Test
    void knowsEveryPurposeByItsWrittenIdAndNoOther() {
        assertThat(java.util.Arrays.stream(Purpose.values()).map(Purpose::id)).containsExactlyInAnyOrder(
                "agenda", "update", "cancellation", "summary", "digest", "confirmation", "error", "help", "status", "held", "signin",
                "notice", "reminder", "quorum");
        assertThat(Purpose.fromId("gossip")).isEmpty();
        assertThat(MessageIds.isOurs("<gossip.A7.k3j2h1q8z0m4@ssr2.test>", "ssr2.test")).isFalse();
    }

    @Test
    void aHeldQuestionsIdCarriesAnUnguessableTokenAndGivesItBack() {
        String token = MessageIds.newToken(new java.security.SecureRandom());
        String id = MessageIds.heldQuestion(token, "ssr2.test");

        assertThat(token).hasSize(40); // 160 bits
        assertThat(id).isEqualTo("<held.-." + token + "@ssr2.test>");
        assertThat(MessageIds.tokenOf(id, "ssr2.test")).contains(token);
        assertThat(MessageIds.isOurs(id, "ssr2.test")).isTrue();
        assertThat(MessageIds.tokenOf(id, "evil.example")).isEmpty();
        assertThat(MessageIds.tokenOf("<held.-.k3j2h1q8z0m4@ssr2.test>", "ssr2.test")).isEmpty();
        assertThat(MessageIds.tokenOf(MessageIds.create("-", Purpose.CONFIRMATION, "ssr2.test", "seed"), "ssr2.test"))
                .isEmpty();
        assertThat(MessageIds.hashOf(token)).hasSize(64).isNotEqualTo(token);
    }

    @Test
    void randomPartsDiffer() {
        Random random = new Random(3);

        assertThat(MessageIds.create("-", Purpose.DIGEST, "ssr2.test", random))
                .isNotEqualTo(MessageIds.create("-", Purpose.DIGEST, "ssr2.test", random));
    }

    @Test
    void refusesRefsThatWouldBreakTheId() {
        assertThatThrownBy(() -> MessageIds.create("a.b", Purpose.AGENDA, "ssr2.test", new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageIds.create("A7>", Purpose.AGENDA, "ssr2.test", new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsOwnIdsEvenWhenTheyReferToNothing() {
        String error = MessageIds.create("-", Purpose.ERROR, "ssr2.test", "loop");

        assertThat(MessageIds.isOurs(error, "ssr2.test")).isTrue();
        assertThat(MessageIds.isOurs(error, "other.test")).isFalse();
        assertThat(MessageIds.isOurs("<error.-.abc@ssr2.test>", "ssr2.test")).isFalse();
        assertThat(MessageIds.isOurs("<CAF1234@mail.gmail.com>", "ssr2.test")).isFalse();
    }
}
