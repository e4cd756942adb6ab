package org.plenary.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiCaseTest {

    @Test
    void lowersAsciiLettersOnly() {
        assertThat(AsciiCase.lower("Amara.Okafor@SSR2.Test")).isEqualTo("amara.okafor@ssr2.test");
        assertThat(AsciiCase.lower("\u212Aaveh@ssr2.test")).as("the Kelvin sign stays itself").isEqualTo("\u212Aaveh@ssr2.test");
        assertThat(AsciiCase.lower("\u0130lke@ssr2.test")).as("dotted capital I").isEqualTo("\u0130lke@ssr2.test");
        assertThat(AsciiCase.lower("ZOË")).isEqualTo("zoË");
        assertThat(AsciiCase.lower(null)).isNull();
    }
}
