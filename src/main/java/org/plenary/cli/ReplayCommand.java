package org.plenary.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.intake.MailReader;
import org.plenary.workflow.Receipt;
import org.plenary.workflow.ReceiptJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "replay", description = "Apply again an email that failed or was rejected (its id in /api/emails), "
        + "from the raw message the store kept, after fixing what stood in its way. Replies wait in the outbox "
        + "for the running instance.")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    GroupOption groupOption = new GroupOption();

    @Parameters(arity = "1", paramLabel = "EMAIL_ID")
    long emailId;

    private final Settings settings;
    private final PrintStream out;

    ReplayCommand() {
        this(null, System.out);
    }

    /** For tests: these settings instead of the environment's, and the output there instead of standard output. */
    ReplayCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Plenary plenary = new Plenary(groupOption.applyTo(settings != null ? settings : Settings.fromEnvironment()))) {
            MailReader reader = new MailReader(plenary.limits());
            Receipt receipt = plenary.secretariat().replay(emailId, reader::read);
            out.println(ReceiptJson.explain(receipt));
        }
        return 0;
    }
}
