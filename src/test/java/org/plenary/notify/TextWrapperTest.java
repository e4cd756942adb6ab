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
}
