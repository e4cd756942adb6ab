package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A one-line command survives every quoting wrapper that mail clients put below it. */
class VisibleTextProperties {

    private static final List<String> EXAMPLES = List.of("A7 done", "Apologies for the plenary on 4 July",
            "Regrets for today's call", "I won't be able to join tomorrow", "CONFIRM plenary 4 July",
            "A7: in progress – draft with RT for review, scheduled to publish 6/20", "ACCEPT R3",
            "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June", "STATUS", "HELP");

    @Property(tries = 500)
    void aCommandSurvivesQuotingWrappers(@ForAll("command") String command, @ForAll("wrappers") List<String> wrappers,
                                         @ForAll boolean crlf) {
        String body = command + String.join("", wrappers).replace("{command}", command);
        if (crlf) {
            body = body.replace("\n", "\r\n");
        }

        assertThat(VisibleText.of(body)).isEqualTo(command);
    }

    @Property(tries = 100)
    void aCommandSurvivesQuotingWrappersInAnEmail(@ForAll("command") String command,
                                                  @ForAll("wrappers") List<String> wrappers) {
        String body = command + String.join("", wrappers).replace("{command}", command);
        String mail = "From: noor@ssr2.test\nSubject: Re: x\nContent-Type: text/plain; charset=utf-8\n\n" + body;

        assertThat(new MailReader().read(mail.getBytes(StandardCharsets.UTF_8)).visibleText()).isEqualTo(command);
    }

    @Property(tries = 300)
    void keepsOnlyLinesThatWereInTheBody(@ForAll("mailLikeText") String body) {
        List<String> inputLines = body.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing).toList();

        assertThat(VisibleText.of(body).lines()).allMatch(line -> inputLines.stream().anyMatch(in -> in.contains(line)));
    }

    @Provide
    Arbitrary<String> mailLikeText() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("> quoted", "-- ", "--", "On Mon, 3 Jul 2017, Noor <n@x> wrote:", "From: x", "Sent: y",
                        "To: z", "Subject: s", "________", "Sent from my iPhone", "A7 done", "", "wrote:", ">:"));
        return line.list().ofMaxSize(30).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> command() {
        Arbitrary<String> random = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.()'–éü")
                .ofMinLength(1).ofMaxLength(80)
                .map(String::strip).filter(text -> !text.isEmpty());
        return Arbitraries.oneOf(Arbitraries.of(EXAMPLES), random);
    }

    @Provide
    Arbitrary<List<String>> wrappers() {
        return Arbitraries.of(
                "\n\nOn Mon, 3 Jul 2017 at 09:12, SSR2 Secretariat <secretariat@ssr2.test> wrote:\n\n> {command}\n> AOB\n",
                "\nOn Mon, 3 Jul 2017 at 09:12, SSR2 Secretariat <secretariat@ssr2.test> wrote:\n> {command}\n",
                "\n\nOn Mon, Jul 3, 2017 at 9:12 AM, SSR2 Secretariat\n<secretariat@ssr2.test>\nwrote:\n> {command}\n",
                "\n\nLe lun. 3 juil. 2017 à 09:12, Secrétariat <secretariat@ssr2.test> a écrit :\n> {command}\n",
                "\n\nAm 03.07.2017 um 09:12 schrieb Amara Okafor <amara@ssr2.test>:\n> {command}\n",
                "\n\n-- \nNoor Haddad\nSSR2 Review Team | {command}\n",
                "\n--\nNoor\n",
                "\n\nSent from my iPhone\n",
                "\n\nGet Outlook for Android\n",
                "\n\n-----Original Message-----\nFrom: SSR2 Secretariat [mailto:secretariat@ssr2.test]\n"
                        + "Sent: Monday, July 3, 2017 9:00 AM\nTo: Noor\nSubject: [SSR2] Agenda\n\n{command}\n",
                "\n\n________________________________\nFrom: SSR2 Secretariat <secretariat@ssr2.test>\n"
                        + "Sent: Monday, July 3, 2017 9:00 AM\nTo: Noor\nSubject: [SSR2] Agenda\n\n{command}\n",
                "\n\nFrom: SSR2 Secretariat <secretariat@ssr2.test>\nSent: Monday, July 3, 2017 9:00 AM\n"
                        + "To: Noor\nSubject: [SSR2] Agenda\n\n{command}\n",
                "\n\n---------- Forwarded message ---------\nFrom: Amara <amara@ssr2.test>\n\n{command}\n",
                "\n\n> {command}\n> quoted without a header\n")
                .list().ofMinSize(1).ofMaxSize(3);
    }
}
