package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlenaryMessageIdsTest {

    @Test
    void createsAnIdOfPurposeRefAndRandomPartInTheGroupsDomain() {
        String id = PlenaryMessageIds.create("plenary-2017-07-04", "agenda", "ssr2.test", new SplittableRandom(7));

        assertThat(id).matches("<agenda\\.plenary-2017-07-04\\.[0-9a-z]{12}@ssr2\\.test>");
    }

    @Test
    void readsTheRefBackFromItsOwnIds() {
        String meeting = PlenaryMessageIds.create("plenary-2017-07-04", "agenda", "ssr2.test", new Random(1));
        String action = PlenaryMessageIds.create("A7", "confirmation", "ssr2.test", "outbox-42");

        assertThat(PlenaryMessageIds.refOf(meeting, "ssr2.test")).contains("plenary-2017-07-04");
        assertThat(PlenaryMessageIds.refOf(action, "SSR2.test")).contains("A7");
        assertThat(PlenaryMessageIds.refOf(" " + action.substring(1, action.length() - 1) + " ", "ssr2.test")).contains("A7");
    }

    @Test
    void readsNoRefFromOtherPeoplesIdsOrFromIdsAboutNothing() {
        String digest = PlenaryMessageIds.create("-", "digest", "ssr2.test", new Random(1));
        String agenda = PlenaryMessageIds.create("plenary-2017-07-04", "agenda", "ssr2.test", new Random(1));

        assertThat(PlenaryMessageIds.refOf(digest, "ssr2.test")).isEmpty();
        assertThat(PlenaryMessageIds.refOf(agenda, "elsewhere.test")).isEmpty();
        assertThat(PlenaryMessageIds.refOf("<CAF=abc.def.123@mail.gmail.com>", "ssr2.test")).isEmpty();
        assertThat(PlenaryMessageIds.refOf("<agenda.A7.short@ssr2.test>", "ssr2.test")).isEmpty();
        assertThat(PlenaryMessageIds.refOf("<hello.A7.k3j2h1q8z0m4@ssr2.test>", "ssr2.test")).isEmpty();
        assertThat(PlenaryMessageIds.refOf(null, "ssr2.test")).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameIdAndAnotherSeedAnother() {
        String first = PlenaryMessageIds.create("A7", "confirmation", "ssr2.test", "outbox-42");

        assertThat(PlenaryMessageIds.create("A7", "confirmation", "ssr2.test", "outbox-42")).isEqualTo(first);
        assertThat(PlenaryMessageIds.create("A7", "confirmation", "ssr2.test", "outbox-43")).isNotEqualTo(first);
    }

    @Test
    void randomPartsDiffer() {
        Random random = new Random(3);

        assertThat(PlenaryMessageIds.create("-", "digest", "ssr2.test", random))
                .isNotEqualTo(PlenaryMessageIds.create("-", "digest", "ssr2.test", random));
    }

    @Test
    void refusesRefsThatWouldBreakTheId() {
        assertThatThrownBy(() -> PlenaryMessageIds.create("a.b", "agenda", "ssr2.test", new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlenaryMessageIds.create("A7>", "agenda", "ssr2.test", new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlenaryMessageIds.create("A7", "gossip", "ssr2.test", new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsOwnIdsEvenWhenTheyReferToNothing() {
        String error = PlenaryMessageIds.create("-", "error", "ssr2.test", "loop");

        assertThat(PlenaryMessageIds.isOurs(error, "ssr2.test")).isTrue();
        assertThat(PlenaryMessageIds.isOurs(error, "other.test")).isFalse();
        assertThat(PlenaryMessageIds.isOurs("<error.-.abc@ssr2.test>", "ssr2.test")).isFalse();
        assertThat(PlenaryMessageIds.isOurs("<CAF1234@mail.gmail.com>", "ssr2.test")).isFalse();
    }
}
