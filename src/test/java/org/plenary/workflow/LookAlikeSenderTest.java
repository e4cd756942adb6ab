package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.plenary.group.Member;

/**
 * PRODUCT.md 3.6: Unicode look-alikes in addresses never match a member, and a From with several addresses matches
 * nobody, through the same path as a received email.
 */
class LookAlikeSenderTest {
    // A new store for every test (JUnit makes a test instance per test) and closed after it.
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    @Test
    void aChairsAddressInAsciiCapitalsIsTheChair() {
        JsonNode explained = plenary.explain("Amara Okafor <AMARA@SSR2.test>", "cancel", "CANCEL plenary 4 July: test");

        assertThat(explained.get("member").asText()).isEqualTo("amara@ssr2.test");
        assertThat(explained.get("outcome").asText()).isEqualTo("applied");
    }

    @Test
    void kelvinSignDoesNotMatchAMember() {
        // U+212A lower-cases to "k" with String.toLowerCase: this was Kaveh until addresses lowered ASCII only.
        JsonNode explained = plenary.explain("Kaveh <\u212Aaveh@ssr2.test>", "Apologies", "Apologies for the plenary on 4 July");

        assertThat(explained.get("from").asText()).isEqualTo("\u212Aaveh@ssr2.test");
        assertThat(explained.get("member").isNull()).isTrue();
        assertThat(explained.get("outcome").asText()).isEqualTo("rejected");
    }

    @Test
    void aFromWithTwoAddressesMatchesNobody() {
        JsonNode chairFirst = plenary.explain("amara@ssr2.test, mallory@evil.example", "cancel", "CANCEL plenary 4 July: forged");
        JsonNode twoMembers = plenary.explain("Amara <amara@ssr2.test>, Noor <noor@ssr2.test>", "cancel",
                "CANCEL plenary 4 July: forged");

        for (JsonNode explained : new JsonNode[] {chairFirst, twoMembers}) {
            assertThat(explained.get("member").isNull()).isTrue();
            assertThat(explained.get("outcome").asText()).isEqualTo("rejected");
        }
    }

    @Test
    void kelvinSignInACommandsAddressIsNobody() {
        Directory directory = new Directory(plenary.database().inTransaction(tx -> tx.groups().activeMembers("ssr2")));
        Member noor = directory.byAddress("noor@ssr2.test").orElseThrow();

        assertThat(directory.resolve("KAVEH@ssr2.test", noor).email()).isEqualTo("kaveh@ssr2.test");
        assertThatThrownBy(() -> directory.resolve("\u212Aaveh@ssr2.test", noor)).isInstanceOf(Refusal.class);
        assertThat(directory.byAddress(null)).isEmpty();
    }
}
