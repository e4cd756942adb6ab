package org.plenary.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectLineTest {

    @ParameterizedTest(name = "\"{0}\" is a reply")
    @ValueSource(strings = {"Re: Apologies", "RE: Apologies", "Fwd: Apologies", "AW: Apologies", "WG: Apologies",
            "TR: Apologies", "Sv: Apologies", "Re: [SSR2] Apologies", "[SSR2] Re: Apologies", "Re: Re: Fwd: Apologies",
            "Re[2]: Apologies"})
    void stripsReplyAndForwardPrefixesInManyLanguages(String subject) {
        SubjectLine line = SubjectLine.of(subject);
        assertThat(line.text()).isEqualTo("Apologies");
        assertThat(line.reply()).isTrue();
    }

    @Test
    void stripsTagsAndKeepsTheTaggedActionId() {
        assertThat(SubjectLine.of("[SSR2] Apologies – plenary 4 July"))
                .isEqualTo(new SubjectLine("Apologies – plenary 4 July", false, Optional.empty()));
        assertThat(SubjectLine.of("Re: [SSR2 a7] Send language to RT"))
                .isEqualTo(new SubjectLine("Send language to RT", true, Optional.of("A7")));
        assertThat(SubjectLine.of("[TAG A12] done")).isEqualTo(new SubjectLine("done", false, Optional.of("A12")));
    }

    @Test
    void keepsASubjectThatOnlyLooksLikeAPrefix() {
        assertThat(SubjectLine.of("Agenda request: Tech tools demo").text()).isEqualTo("Agenda request: Tech tools demo");
        assertThat(SubjectLine.of("Agenda: plenary").reply()).isFalse();
        assertThat(SubjectLine.of(null).text()).isEmpty();
    }
}
