package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: bidirectional overrides and zero-width characters in a member's name or an agenda title must not reach
 * anyone: a right-to-left override (U+202E) reverses what follows it on screen, a zero-width space (U+200B) hides a
 * word from a reader's search. They are dropped wherever a template prints a model's text, and in invitations.
 */
class DirectionControlsTest {
    private static final String RLO = "\u202E";
    private static final String ZWSP = "\u200B";
    private static final List<String> ALL = List.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B",
            "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u061C");

    @Test
    void everyDirectionAndZeroWidthControlIsRemovedAndNothingElse() {
        String text = String.join("x", ALL) + "Zoë – ص ✓";
        assertThat(DirectionControls.removedFrom(text)).isEqualTo("x".repeat(ALL.size() - 1) + "Zoë – ص ✓");
        assertThat(DirectionControls.removedFrom(null)).isNull();
        for (String control : ALL) {
            assertThat(DirectionControls.removedFrom("a" + control + "b")).as("U+%04X alone", (int) control.charAt(0))
                    .isEqualTo("ab");
        }
        String neighbours = "\u200A\u2010\u2029\u202F\u2065\u206A\uFEFE\u061B\u061D";
        assertThat(DirectionControls.removedFrom(neighbours)).isSameAs(neighbours);
    }

    @Test
    void aMemberNameAndAnAgendaTitleWithAnOverrideAndAZeroWidthSpaceReachTheRenderedAgendaWithoutThem() {
        Instant start = Instant.parse("2017-07-04T13:00:00Z");
        ZoneId zone = ZoneId.of("UTC");
        String title = "DNS " + RLO + "fdp.exe" + ZWSP + " briefing";
        String name = "No" + ZWSP + "or " + RLO + "Haddad";
        MeetingView meeting = MeetingView.of("plenary-2017-07-04", "plenary", "SSR2 " + RLO + "Plenary Call", "confirmed",
                start, Duration.ofMinutes(90), zone, null,
                List.of(new AgendaItemView("R1", title, "accepted", name, 30, null, name, null)),
                List.of(new ApologyView(name, "noor@ssr2.test", "travel" + ZWSP + "ling")));
        AgendaModel model = new AgendaModel(SampleModels.group(), meeting, List.of(), List.of(), SampleModels.group().address(),
                SampleModels.examples());

        RenderedEmail agenda = new TemplateRenderer(null).render("agenda", model);

        for (String part : List.of(agenda.subject(), agenda.text(), agenda.html())) {
            assertThat(part).doesNotContain(RLO, ZWSP);
        }
        assertThat(agenda.text()).contains("DNS fdp.exe briefing", "Noor Haddad", "travelling");
        assertThat(agenda.html()).contains("DNS fdp.exe briefing", "Noor Haddad");
        assertThat(agenda.subject()).contains("SSR2 Plenary Call");
    }

    @Test
    void anInvitationCarriesNoneOfThemEither() {
        InvitationData data = new InvitationData("u@ssr2.test", 0, "SSR2 " + RLO + "Plenary", "DNS" + ZWSP + " briefing",
                Instant.parse("2017-07-04T13:00:00Z"), Instant.parse("2017-07-04T14:30:00Z"), "CONFIRMED",
                "secretariat@ssr2.test", "SSR2" + RLO, List.of(new Invitee("No" + ZWSP + "or", "noor@ssr2.test")), Instant.EPOCH);
        assertThat(List.of(data.summary(), data.description(), data.organizerName(), data.attendees().get(0).name()))
                .containsExactly("SSR2 Plenary", "DNS briefing", "SSR2", "Noor");
    }
}
