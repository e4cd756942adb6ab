package org.plenary.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarUidTest {

    @Test
    void writesTheUidOfProduct33AndReadsTheMeetingBack() {
        String uid = CalendarUid.of("plenary-2017-07-04", "ssr2", "ssr2.test");

        assertThat(uid).isEqualTo("plenary-2017-07-04.ssr2@ssr2.test");
        assertThat(CalendarUid.meetingOf(uid, "ssr2", "ssr2.test")).contains("plenary-2017-07-04");
        assertThat(CalendarUid.meetingOf(" PLENARY-2017-07-04.SSR2@SSR2.test ", "ssr2", "ssr2.test"))
                .contains("plenary-2017-07-04");
    }

    @Test
    void readsNothingFromAnyoneElsesUid() {
        assertThat(CalendarUid.meetingOf("plenary-2017-07-04.other@ssr2.test", "ssr2", "ssr2.test")).isEmpty();
        assertThat(CalendarUid.meetingOf("040000008200E00074C5B7101A82E008@outlook.com", "ssr2", "ssr2.test")).isEmpty();
        assertThat(CalendarUid.meetingOf(".ssr2@ssr2.test", "ssr2", "ssr2.test")).isEmpty();
        assertThat(CalendarUid.meetingOf(null, "ssr2", "ssr2.test")).isEmpty();
    }
}
