package org.plenary.cli;

import java.util.concurrent.Callable;
import org.plenary.PlenaryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./plenary}: the entry point. Each subcommand is its own class. */
@Command(name = "plenary", mixinStandardHelpOptions = true, version = "Plenary 0.1",
        description = "An email secretariat for committees.",
        subcommands = {DemoCommand.class, RunCommand.class, ExplainCommand.class, PreviewCommand.class,
                SendCommand.class, ReplayCommand.class, TokenCommand.class})
public final class PlenaryCommand implements Callable<Integer> {

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new PlenaryCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof PlenaryException) {
                cmd.getErr().println("plenary: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(line.execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }
}
