package org.plenary.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectTagTest {

    @Test
    void writesTheGroupsTagAloneOrNamingAnAction() {
        assertThat(SubjectTag.of("SSR2")).isEqualTo("[SSR2]");
        assertThat(SubjectTag.of("SSR2", "A7")).isEqualTo("[SSR2 A7]");
    }

    @Test
    void aReplyAboutAnActionNamesItInTheTagAndOnlyThen() {
        assertThat(SubjectTag.naming("[SSR2] Confirmed: A7 done", "SSR2", "A7")).isEqualTo("[SSR2 A7] Confirmed: A7 done");
        assertThat(SubjectTag.naming("[SSR2] Confirmed", "SSR2", "plenary-2017-07-04")).isEqualTo("[SSR2] Confirmed");
        assertThat(SubjectTag.naming("[SSR2] Confirmed", "SSR2", null)).isEqualTo("[SSR2] Confirmed");
        assertThat(SubjectTag.naming("Confirmed", "SSR2", "A7")).isEqualTo("Confirmed");
    }

    @Test
    void readsTheLeadingTagAndTheActionAtItsEnd() {
        assertThat(SubjectTag.leading("[SSR2 a7] done")).contains(new SubjectTag.Leading(10, Optional.of("A7")));
        assertThat(SubjectTag.leading("[SSR2] done")).contains(new SubjectTag.Leading(7, Optional.empty()));
        assertThat(SubjectTag.leading("[SSR2 DATA7] done").orElseThrow().action()).isEmpty();
        assertThat(SubjectTag.leading("done [SSR2 A7]")).isEmpty();
    }

    @Test
    void knowsActionIds() {
        assertThat(SubjectTag.isActionId("A7")).isTrue();
        assertThat(SubjectTag.isActionId("a7")).isFalse();
        assertThat(SubjectTag.isActionId("plenary-2017-07-04")).isFalse();
        assertThat(SubjectTag.isActionId(null)).isFalse();
    }
}
