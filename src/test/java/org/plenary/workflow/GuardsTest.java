package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.intake.MailReader;

/** Each guard refuses with its own kind, reason and outcome; a member's plain email passes them all. */
class GuardsTest {
    private static final GroupDefinition GROUP = new GroupFileReader().read(Path.of(Explainer.DEMO_GROUP));
    private static final Member NOOR = GROUP.members().stream().filter(m -> m.email().equals("noor@ssr2.test"))
            .findFirst().orElseThrow();
    private static final Guards OPEN = new Guards(Authenticity.NOT_REQUIRED);
    private static final Guards AUTHENTICATED = new Guards(new Authenticity(Trust.AUTHENTICATED, List.of("mx.ssr2.test")));

    @Test
    void letsAMembersEmailThrough() {
        assertThat(OPEN.refusal(GROUP, email("noor@ssr2.test", "Apologies", ""), Optional.of(NOOR))).isEmpty();
    }

    @Test
    void ignoresPlenarysOwnMail() {
        GuardRefusal refusal = OPEN.refusal(GROUP, email("secretariat@ssr2.test", "Agenda", ""), Optional.empty())
                .orElseThrow();
        assertThat(refusal).isEqualTo(new GuardRefusal(GuardRefusal.Kind.OWN_MAIL, "Plenary's own mail"));
        assertThat(refusal.outcome()).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void ignoresMachineMailEvenFromAMember() {
        GuardRefusal refusal = OPEN.refusal(GROUP, email("noor@ssr2.test", "Automatic reply: away", ""),
                Optional.of(NOOR)).orElseThrow();
        assertThat(refusal.kind()).isEqualTo(GuardRefusal.Kind.MACHINE_MAIL);
        assertThat(refusal.reason()).contains("auto-reply");
        assertThat(refusal.outcome()).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void rejectsAStranger() {
        GuardRefusal refusal = OPEN.refusal(GROUP, email("stranger@elsewhere.test", "Cancel", ""), Optional.empty())
                .orElseThrow();
        assertThat(refusal).isEqualTo(new GuardRefusal(GuardRefusal.Kind.UNKNOWN_SENDER,
                "unknown sender stranger@elsewhere.test"));
        assertThat(refusal.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void rejectsAMemberWhoseAuthenticationFailedWhenItIsRequired() {
        GuardRefusal refusal = AUTHENTICATED.refusal(GROUP, email("noor@ssr2.test", "Apologies", ""),
                Optional.of(NOOR)).orElseThrow();
        assertThat(refusal.kind()).isEqualTo(GuardRefusal.Kind.NOT_AUTHENTICATED);
        assertThat(refusal.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(AUTHENTICATED.refusal(GROUP, email("noor@ssr2.test", "Apologies",
                "Authentication-Results: mx.ssr2.test; dkim=pass header.d=ssr2.test\r\n"), Optional.of(NOOR))).isEmpty();
    }

    private static InboundEmail email(String from, String subject, String headers) {
        String raw = "From: " + from + "\r\nTo: secretariat@ssr2.test\r\n" + headers + "Subject: " + subject
                + "\r\nMessage-ID: <guards-" + subject.hashCode() + "@members.test>\r\n\r\nApologies for 4 July\r\n";
        return new MailReader().read(raw.getBytes(StandardCharsets.UTF_8));
    }
}
