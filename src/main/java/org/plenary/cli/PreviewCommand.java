package org.plenary.cli;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import org.plenary.PlenaryException;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.group.GroupDefinition;
import org.plenary.notify.RenderedEmail;
import org.plenary.store.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "preview", description = "Render an outgoing email to standard output without sending it: "
        + "agenda (of the next meeting, or --meeting), digest (of this week), summary (of the last meeting, or --meeting).")
final class PreviewCommand implements Callable<Integer> {
    @Mixin
    GroupOption groupOption = new GroupOption();

    @Parameters(arity = "1", paramLabel = "agenda|digest|summary")
    String what;

    @Option(names = "--meeting", description = "a meeting id, e.g. plenary-2017-07-04")
    String meetingId;

    @Option(names = "--html", description = "print the HTML part instead of the text part")
    boolean html;

    private final Settings settings;
    private final PrintStream out;

    PreviewCommand() {
        this(null, System.out);
    }

    /** For tests: these settings instead of the environment's, and the output there instead of standard output. */
    PreviewCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Plenary plenary = ReadOnlyStore.open(groupOption.applyTo(
                settings != null ? settings : DemoState.beside(Settings.fromEnvironment())))) {
            GroupDefinition group = plenary.group().get();
            Instant now = plenary.clock().instant();
            RenderedEmail email = plenary.database().inRollback(tx -> switch (what) {
                case "agenda" -> plenary.announcements().agendaEmail(tx, group, meeting(plenary, true), now);
                case "summary" -> plenary.announcements().summaryEmail(tx, group, meeting(plenary, false), now);
                case "digest" -> {
                    LocalDate today = now.atZone(group.timezone()).toLocalDate();
                    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    yield plenary.announcements().digestEmail(tx, group, monday, now.minus(java.time.Duration.ofDays(7)), now);
                }
                default -> throw new PlenaryException("preview agenda, digest or summary, not '" + what + "'");
            });
            out.println("Subject: " + email.subject());
            out.println();
            out.println(html ? email.html() : email.text());
        }
        return 0;
    }

    private Meeting meeting(Plenary plenary, boolean upcoming) {
        GroupDefinition group = plenary.group().get();
        Instant now = plenary.clock().instant();
        return plenary.database().inTransaction(tx -> {
            if (meetingId != null) {
                return tx.meetings().find(group.id(), meetingId)
                        .orElseThrow(() -> new PlenaryException("there is no meeting " + meetingId));
            }
            List<Meeting> candidates = upcoming
                    ? tx.meetings().between(group.id(), now, now.plus(java.time.Duration.ofDays(400)))
                    : tx.meetings().endedBetween(group.id(), now.minus(java.time.Duration.ofDays(400)), now);
            List<Meeting> live = candidates.stream().filter(Meeting::isLive).toList();
            if (live.isEmpty()) {
                throw new PlenaryException("there is no " + (upcoming ? "upcoming" : "past") + " meeting; use --meeting");
            }
            return upcoming ? live.get(0) : live.get(live.size() - 1);
        });
    }
}
