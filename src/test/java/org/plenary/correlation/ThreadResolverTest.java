package org.plenary.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadResolverTest {
    static final String AGENDA_4_JULY = MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "ssr2.test", "a");
    static final String AGENDA_11_JULY = MessageIds.create("plenary-2017-07-11", Purpose.AGENDA, "ssr2.test", "b");
    static final String CONFIRMATION_A7 = MessageIds.create("A7", Purpose.CONFIRMATION, "ssr2.test", "c");

    final ThreadResolver resolver = new ThreadResolver("ssr2.test");
    final ThreadResolver.SentMail nothingSent = id -> Optional.empty();

    @Test
    void theMessageAnsweredNamesTheMeetingBeforeTheReferences() {
        ThreadHeaders headers = new ThreadHeaders(AGENDA_4_JULY, List.of(AGENDA_11_JULY), null, "Re: [SSR2] Agenda");

        assertThat(resolver.resolve(headers, nothingSent).meeting()).contains("plenary-2017-07-04");
    }

    @Test
    void theNewestReferenceAboutAMeetingWinsAndActionRefsAreSkipped() {
        ThreadHeaders headers = new ThreadHeaders(CONFIRMATION_A7, List.of(AGENDA_4_JULY, AGENDA_11_JULY, CONFIRMATION_A7),
                null, "Re: Agenda");

        assertThat(resolver.resolve(headers, nothingSent)).isEqualTo(
                new Correlation(Optional.of("plenary-2017-07-11"), Optional.empty()));
    }

    @Test
    void idsWithoutARefAreLookedUpInTheOutbox() {
        Map<String, String> sent = Map.of("<old-style@ssr2.test>", "plenary-2017-07-04");
        ThreadHeaders headers = new ThreadHeaders("<old-style@ssr2.test>", List.of(), null, "Re: Agenda");

        assertThat(resolver.resolve(headers, id -> Optional.ofNullable(sent.get(id))).meeting())
                .contains("plenary-2017-07-04");
    }

    @Test
    void theTraceHeaderCountsOnlyWhenTheThreadNamesNoMeeting() {
        assertThat(resolver.resolve(new ThreadHeaders(null, List.of(), "plenary-2017-07-18", "Apologies"), nothingSent)
                .meeting()).contains("plenary-2017-07-18");
        assertThat(resolver.resolve(new ThreadHeaders(AGENDA_4_JULY, List.of(), "plenary-2017-07-18", "Apologies"),
                nothingSent).meeting()).contains("plenary-2017-07-04");
        assertThat(resolver.resolve(new ThreadHeaders(null, List.of(), "A7", "Apologies"), nothingSent).meeting())
                .isEmpty();
    }

    @Test
    void otherDomainsIdsAndStrangersThreadsNameNothing() {
        String elsewhere = MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "other.test", "a");
        ThreadHeaders headers = new ThreadHeaders(elsewhere, List.of("<CAF=1@mail.gmail.com>"), null, "Hello");

        assertThat(resolver.resolve(headers, nothingSent)).isEqualTo(Correlation.NONE);
        assertThat(resolver.resolve(new ThreadHeaders(null, null, null, null), nothingSent)).isEqualTo(Correlation.NONE);
    }

    @Test
    void theSubjectTagNamesTheActionBesideTheThreadsMeeting() {
        ThreadHeaders headers = new ThreadHeaders(AGENDA_4_JULY, List.of(), null, "Re: [SSR2 a7] Send language to RT");

        assertThat(resolver.resolve(headers, nothingSent)).isEqualTo(
                new Correlation(Optional.of("plenary-2017-07-04"), Optional.of("A7")));
        assertThat(resolver.resolve(new ThreadHeaders(null, List.of(), null, "Ping [SSR2 A7]"), nothingSent).action())
                .isEmpty();
    }
}
