package org.plenary.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plenary.PlenaryException;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.intake.MailReader;
import org.plenary.workflow.ReceiptJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "explain", description = "Print, as JSON (one object per line), what Plenary understands of each "
        + "email, by the same path the mailbox uses, without changing anything. Set PLENARY_NOW to read dates as "
        + "of another day.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    GroupOption groupOption = new GroupOption();

    @Parameters(arity = "1..*", paramLabel = "FILE.eml")
    List<Path> files;

    private final Settings settings;
    private final PrintStream out;

    ExplainCommand() {
        this(null, System.out);
    }

    /** For tests: these settings instead of the environment's, and the output there instead of standard output. */
    ExplainCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new PlenaryException("no such file: " + file);
            }
        }
        try (Plenary plenary = ReadOnlyStore.open(groupOption.applyTo(
                settings != null ? settings : DemoState.beside(Settings.fromEnvironment())))) {
            MailReader reader = new MailReader(plenary.limits());
            for (Path file : files) {
                out.println(ReceiptJson.explain(plenary.secretariat().explain(reader.read(Files.readAllBytes(file)))));
            }
        }
        return 0;
    }
}
