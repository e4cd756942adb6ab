package org.plenary.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PRODUCT.md 3.6: addresses compare exactly, lower-casing ASCII only. */
class MemberAddressTest {
    private final Member kaveh = new Member("Kaveh Rahimi", "Kaveh@SSR2.test", Role.MEMBER, List.of("K.Rahimi@mail.test"), null);

    @Test
    void anAddressMatchesWhateverTheCaseOfItsAsciiLetters() {
        assertThat(kaveh.email()).isEqualTo("kaveh@ssr2.test");
        assertThat(kaveh.hasAddress("KAVEH@ssr2.TEST")).isTrue();
        assertThat(kaveh.hasAddress("k.rahimi@MAIL.test")).isTrue();
    }

    @Test
    void kelvinSignDoesNotMatchAMember() {
        // "\u212A".toLowerCase() is "k", in every locale.
        assertThat(kaveh.hasAddress("\u212Aaveh@ssr2.test")).isFalse();
        assertThat(kaveh.hasAddress("\u212A.rahimi@mail.test")).isFalse();
        assertThat(new Member("Look Alike", "\u212Aaveh@ssr2.test", Role.MEMBER, List.of(), null).email())
                .isEqualTo("\u212Aaveh@ssr2.test");
    }
}
