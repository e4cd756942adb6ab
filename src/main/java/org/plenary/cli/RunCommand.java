package org.plenary.cli;

import java.util.concurrent.Callable;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, name = "run", description = "Run for real: the mailbox, SMTP server and store of the configuration "
        + "(PLENARY_IMAP_URL, PLENARY_SMTP_URL, PLENARY_DB_URL, PLENARY_GROUP_FILE …).")
final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        settings.require("plenary.smtp.url");
        new Plenary(settings).run();
        return 0;
    }
}
