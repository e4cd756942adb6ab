package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.plenary.intake.MailReader;
import org.plenary.notify.Announcements;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Database;
import org.plenary.workflow.Authenticity;
import org.plenary.workflow.ChangeNotices;
import org.plenary.workflow.CurrentGroup;
import org.plenary.workflow.GroupSync;
import org.plenary.workflow.Outcome;
import org.plenary.workflow.Receipt;
import org.plenary.workflow.Replies;
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

    @AfterContainer
    static void close() {
        DATABASE.close();
    }

    @Property(tries = 200)
    void randomBytesNeverEscapeAsAnException(@ForAll @Size(max = 3000) byte[] raw) {
        SECRETARIAT.explain(READER.read(raw));
    }

    @Property(tries = 200)
    void noiseFromAMemberIsNeverACommand(@ForAll("noise") String subject, @ForAll("noise") String body) {
        Receipt receipt = SECRETARIAT.explain(READER.read(message("Subject: " + subject.replaceAll("[\r\n]", " ")
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body)));
        assertThat(receipt.effects()).as("commands from noise").isEmpty();
        assertThat(receipt.outcome()).isNotIn(Outcome.APPLIED, Outcome.PARTLY_APPLIED);
    }

    @Property(tries = 200)
    void mutatedMimeNeverEscapesAsAnException(@ForAll("mutatedMime") byte[] raw) {
        SECRETARIAT.explain(READER.read(raw));
    }

    @Provide
    Arbitrary<String> noise() {
        // Letters, digits, punctuation and a few non-ASCII letters, in words no longer than five characters: no
        // keyword (APOLOGIES, ACTION, AGENDA, CONFIRM…) can form by chance.
        Arbitrary<String> word = Arbitraries.strings().withChars("bcdfghjklmnpqrstvwxz0123456789#$%&*+=-éßж")
                .ofMinLength(1).ofMaxLength(5);
        return word.list().ofMaxSize(40).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<byte[]> mutatedMime() {
        String sample = "Subject: Apologies for the plenary on 4 July\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nApologies =E2=80=93 travelling\r\n--b\r\n"
                + "Content-Type: text/html\r\n\r\n<p>Apologies</p>\r\n--b--\r\n";
        byte[] base = message(sample);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length - 1);
        Arbitrary<Byte> value = Arbitraries.bytes();
        return Arbitraries.integers().between(1, 30).flatMap(count -> position.list().ofSize(count).flatMap(positions ->
                value.list().ofSize(count).map(values -> {
                    byte[] copy = base.clone();
                    for (int i = 0; i < count; i++) {
                        copy[positions.get(i)] = values.get(i);
                    }
                    return copy;
                })));
    }

    private static byte[] message(String rest) {
        return (HEADERS + rest).getBytes(StandardCharsets.UTF_8);
    }

}
