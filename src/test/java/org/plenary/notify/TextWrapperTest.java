package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapperTest {

    @Test
    void wrapsAtSeventyTwoColumnsAndIndentsContinuationLines() {
        String wrapped = TextWrapper.wrap("- " + "word ".repeat(30).trim(), "  ");

        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
        assertThat(wrapped.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("  word"));
    }

    @Test
    void keepsLineBreaksLeadingSpaceAndWordsLongerThanALine() {
        String url = "https://example.test/" + "x".repeat(80);

        assertThat(TextWrapper.wrap("  Latest: one\ntwo " + url, "  ")).isEqualTo("  Latest: one\n  two\n  " + url);
    }

    @Test
    void aShortLineComesBackAsWrittenUnlessItsSpacesNeedTidying() {
        String full = "x".repeat(35) + " " + "y".repeat(36);

        assertThat(TextWrapper.wrap("Noor Haddad", "  ")).isEqualTo("Noor Haddad");
        assertThat(TextWrapper.wrap("   indented\tand tabbed", "")).isEqualTo("   indented\tand tabbed");
        assertThat(TextWrapper.wrap(full, "")).isEqualTo(full);
        assertThat(TextWrapper.wrap(full + "z", "")).isEqualTo("x".repeat(35) + "\n" + "y".repeat(36) + "z");
        assertThat(TextWrapper.wrap("two  spaces", "")).isEqualTo("two spaces");
        assertThat(TextWrapper.wrap("trailing \t", "")).isEqualTo("trailing");
        assertThat(TextWrapper.wrap("one\u2028two", "> ")).isEqualTo("one\n> two");
        assertThat(TextWrapper.wrap("", "")).isEmpty();
    }
}
