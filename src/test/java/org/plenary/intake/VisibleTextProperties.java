package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.trials.Draw;
import org.plenary.trials.Trials;

/** A one-line command survives every quoting wrapper that mail clients put below it. */
class VisibleTextProperties {

    private static final List<String> EXAMPLES = List.of("A7 done", "Apologies for the plenary on 4 July",
            "Regrets for today's call", "I won't be able to join tomorrow", "CONFIRM plenary 4 July",
            "A7: in progress – draft with RT for review, scheduled to publish 6/20", "ACCEPT R3",
            "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June", "STATUS", "HELP");

    private static final String COMMAND_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.()'–éü";
    private static final List<String> MAIL_LINES = List.of("> quoted", "-- ", "--", "On Mon, 3 Jul 2017, Noor <n@x> wrote:",
            "From: x", "Sent: y", "To: z", "Subject: s", "________", "Sent from my iPhone", "A7 done", "", "wrote:", ">:");
    private static final List<String> WRAPPERS = List.of(
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
            "\n\n> {command}\n> quoted without a header\n");

    @Test
    void aCommandSurvivesQuotingWrappers() {
        Trials.check(21, 500, draw -> {
            String command = command(draw);
            String body = command + String.join("", wrappers(draw)).replace("{command}", command);
            if (draw.bool()) {
                body = body.replace("\n", "\r\n");
            }

            assertThat(VisibleText.of(body)).isEqualTo(command);
        });
    }

    @Test
    void aCommandSurvivesQuotingWrappersInAnEmail() {
        Trials.check(22, 100, draw -> {
            String command = command(draw);
            String body = command + String.join("", wrappers(draw)).replace("{command}", command);
            String mail = "From: noor@ssr2.test\nSubject: Re: x\nContent-Type: text/plain; charset=utf-8\n\n" + body;

            assertThat(new MailReader().read(mail.getBytes(StandardCharsets.UTF_8)).visibleText()).isEqualTo(command);
        });
    }

    @Test
    void keepsOnlyLinesThatWereInTheBody() {
        Trials.check(23, 300, draw -> {
            String body = mailLikeText(draw);
            List<String> inputLines = body.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing)
                    .toList();

            assertThat(VisibleText.of(body).lines()).allMatch(line -> inputLines.stream().anyMatch(in -> in.contains(line)));
        });
    }

    /** Up to thirty lines, each random text or a line that looks like quoting, a signature or a command. */
    private static String mailLikeText(Draw draw) {
        return String.join("\n", draw.list(0, 30, () -> draw.bool() ? draw.anyString(60) : draw.oneOf(MAIL_LINES)));
    }

    /** One of the examples, or a line of letters, digits and punctuation that is not blank. */
    private static String command(Draw draw) {
        if (draw.bool()) {
            return draw.oneOf(EXAMPLES);
        }
        String random;
        do {
            random = draw.string(COMMAND_CHARACTERS, 1, 80).strip();
        } while (random.isEmpty());
        return random;
    }

    /** One to three of the wrappers clients put below a reply. */
    private static List<String> wrappers(Draw draw) {
        return draw.list(1, 3, () -> draw.oneOf(WRAPPERS));
    }
}
