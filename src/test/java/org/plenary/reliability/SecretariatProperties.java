package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plenary.intake.MailReader;
import org.plenary.notify.Announcements;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Database;
import org.plenary.trials.Draw;
import org.plenary.trials.Trials;
import org.plenary.workflow.Authenticity;
import org.plenary.workflow.ChangeNotices;
import org.plenary.workflow.CurrentGroup;
import org.plenary.workflow.GroupSync;
import org.plenary.workflow.Receipt;
import org.plenary.workflow.Replies;
import org.plenary.workflow.Outcome;
import org.plenary.workflow.Secretariat;

/**
 * The whole understanding path ({@link Secretariat#explain}: guards, dedupe, parsing, meeting lookup, permissions)
 * on random and mutated MIME from a member: no exception escapes, and noise never turns into a command.
 */
class SecretariatProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-06-15T09:00:00Z"), ZoneOffset.UTC);
    private static final Database DATABASE = Database.open("jdbc:h2:mem:props-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private static final Secretariat SECRETARIAT = secretariat();
    private static final MailReader READER = new MailReader();
    private static final String HEADERS = "From: Noor <noor@ssr2.test>\r\nTo: secretariat@ssr2.test\r\n"
            + "Message-ID: <m@members.test>\r\nMIME-Version: 1.0\r\n";

    private static Secretariat secretariat() {
        CurrentGroup group = new CurrentGroup(Path.of("examples/ssr2/group.yaml"));
        new GroupSync(DATABASE, CLOCK).sync(group.get());
        TemplateRenderer renderer = new TemplateRenderer(null);
        return new Secretariat(group, DATABASE, CLOCK, new Replies(renderer),
                new ChangeNotices(group, new Announcements(renderer), CLOCK), Authenticity.NOT_REQUIRED);
    }

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    @Test
    void randomBytesNeverEscapeAsAnException() {
        Trials.check(31, 200, draw -> SECRETARIAT.explain(READER.read(draw.bytes(3000))));
    }

    @Test
    void noiseFromAMemberIsNeverACommand() {
        Trials.check(32, 200, draw -> {
            String subject = noise(draw);
            String body = noise(draw);
            Receipt receipt = SECRETARIAT.explain(READER.read(message("Subject: " + subject.replaceAll("[\r\n]", " ")
                    + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body)));
            assertThat(receipt.effects()).as("commands from noise").isEmpty();
            assertThat(receipt.outcome()).isNotIn(Outcome.APPLIED, Outcome.PARTLY_APPLIED);
        });
    }

    @Test
    void mutatedMimeNeverEscapesAsAnException() {
        Trials.check(33, 200, draw -> SECRETARIAT.explain(READER.read(mutatedMime(draw))));
    }

    /**
     * Letters, digits, punctuation and a few non-ASCII letters, in words no longer than five characters: no
     * keyword (APOLOGIES, ACTION, AGENDA, CONFIRM…) can form by chance.
     */
    private static String noise(Draw draw) {
        return String.join(" ", draw.list(0, 40, () -> draw.string("bcdfghjklmnpqrstvwxz0123456789#$%&*+=-éßж", 1, 5)));
    }

    /** A member's multipart email with one to thirty of its bytes overwritten at random. */
    private static byte[] mutatedMime(Draw draw) {
        String sample = "Subject: Apologies for the plenary on 4 July\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nApologies =E2=80=93 travelling\r\n--b\r\n"
                + "Content-Type: text/html\r\n\r\n<p>Apologies</p>\r\n--b--\r\n";
        byte[] copy = message(sample);
        int count = draw.between(1, 30);
        for (int i = 0; i < count; i++) {
            copy[draw.between(0, copy.length - 1)] = (byte) draw.between(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        return copy;
    }

    private static byte[] message(String rest) {
        return (HEADERS + rest).getBytes(StandardCharsets.UTF_8);
    }

}
