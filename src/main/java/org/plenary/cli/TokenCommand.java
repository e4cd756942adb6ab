package org.plenary.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "token", description = "Make an API token for a person of the group (PRODUCT.md 3.6), printed once as "
        + "the last word of the output: send it as 'Authorization: Bearer TOKEN'. Only its hash is stored. With "
        + "--revoke, revoke every token and session of that person. Works while the service runs.")
final class TokenCommand implements Callable<Integer> {
    @Mixin
    GroupOption groupOption = new GroupOption();

    @Parameters(arity = "1", paramLabel = "EMAIL")
    String email;

    @Option(names = "--revoke", description = "revoke this person's tokens and sessions instead")
    boolean revoke;

    private final Settings settings;
    private final PrintStream out;

    TokenCommand() {
        this(null, System.out);
    }

    /** For tests: these settings instead of the environment's, and the output there instead of standard output. */
    TokenCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Plenary plenary = new Plenary(groupOption.applyTo(
                settings != null ? settings : DemoState.beside(Settings.fromEnvironment())))) {
            if (revoke) {
                int revoked = plenary.tokens().revoke(email);
                out.println("Revoked " + revoked + " token(s) and session(s) of " + email + ".");
            } else {
                out.println("API token for " + email + " (shown once; send it as 'Authorization: Bearer …'):");
                out.println(plenary.tokens().issue(email));
            }
        }
        return 0;
    }
}
