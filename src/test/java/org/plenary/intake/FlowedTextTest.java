package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowedTextTest {

    @Test
    void joinsSoftBreaksAndKeepsHardOnes() {
        assertThat(FlowedText.unwrap("A7: in progress, draft with \nRT for review\nA9 done", false))
                .isEqualTo("A7: in progress, draft with RT for review\nA9 done");
    }

    @Test
    void deletesTheWrappingSpaceWithDelSp() {
        assertThat(FlowedText.unwrap("Apolo \ngies", true)).isEqualTo("Apologies");
    }

    @Test
    void neverFlowsTheSignatureSeparatorOrAcrossQuoteDepths() {
        assertThat(FlowedText.unwrap("A7 done\n-- \nNoor", false)).isEqualTo("A7 done\n-- \nNoor");
        assertThat(FlowedText.unwrap("> quoted \nA7 done", false)).isEqualTo("> quoted \nA7 done");
    }

    @Test
    void removesSpaceStuffing() {
        assertThat(FlowedText.unwrap(" From the chair", false)).isEqualTo("From the chair");
    }
}
