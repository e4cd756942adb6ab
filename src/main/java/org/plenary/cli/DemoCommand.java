package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.group.Member;
import org.plenary.group.Role;
import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, name = "demo", description = "Try Plenary on this machine: an embedded mail server, an H2 store under "
        + "./data/demo and the SSR2 demo group, with the clock in June 2017.")
final class DemoCommand implements Callable<Integer> {
    /** The seed's coordination call: the demo starts here unless PLENARY_NOW says otherwise. */
    static final String DEMO_NOW = "2017-06-15T09:00:00Z";

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        int smtpPort = Integer.parseInt(env.getOrDefault("PLENARY_DEMO_SMTP_PORT", "3025"));
        int imapPort = Integer.parseInt(env.getOrDefault("PLENARY_DEMO_IMAP_PORT", "3143"));
        Path groupFile = Path.of(System.getProperty("plenary.home", "."), "examples", "ssr2", "group.yaml");
        GroupDefinition group = new GroupFileReader().read(groupFile);
        Files.createDirectories(Path.of("data", "demo"));
        Settings settings = Settings.fromEnvironment().with(Map.of(
                "plenary.imap.url", "imap://" + group.address().replace("@", "%40") + ":" + DemoMailServer.PASSWORD
                        + "@127.0.0.1:" + imapPort + "/INBOX",
                "plenary.smtp.url", "smtp://127.0.0.1:" + smtpPort,
                "plenary.db.url", "jdbc:h2:file:./data/demo/plenary",
                "plenary.group.file", groupFile.toString()));
        if (settings.get("plenary.now") == null) {
            settings = settings.with(Map.of("plenary.now", DEMO_NOW));
        }
        if (env.get("PLENARY_POLL_DELAY") == null) {
            settings = settings.with(Map.of("plenary.poll.delay", "2s"));
        }
        try (DemoMailServer mail = new DemoMailServer(smtpPort, imapPort, group)) {
            Plenary plenary = new Plenary(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close));
            plenary.start();
            DemoState.write(settings, settings.now());
            Runtime.getRuntime().addShutdownHook(new Thread(DemoState::forget));
            String staff = group.members().stream().filter(m -> m.role() == Role.STAFF).findFirst()
                    .map(Member::email).orElseThrow();
            printWelcome(group, mail, smtpPort, imapPort, settings, staff, plenary.tokens().issue(staff));
            plenary.run();
        }
        return 0;
    }

    private static void printWelcome(GroupDefinition group, DemoMailServer mail, int smtpPort, int imapPort,
                                     Settings settings, String staff, String token) {
        String http = settings.get("plenary.http.port");
        String curl = "curl -H 'Authorization: Bearer " + token + "' ";
        System.out.println();
        System.out.println("Plenary demo: " + group.name() + " — the clock starts at " + settings.get("plenary.now"));
        System.out.println("Mail server: SMTP 127.0.0.1:" + smtpPort + ", IMAP 127.0.0.1:" + imapPort
                + "; every account's login is its address, password '" + DemoMailServer.PASSWORD + "':");
        for (String account : mail.accounts()) {
            System.out.println("  " + account);
        }
        System.out.println();
        System.out.println("The desk: " + settings.baseUrl() + "/ (sign in with POST /login, the link comes by mail)");
        System.out.println("An API token with staff rights (" + staff + "), shown once: " + token);
        System.out.println();
        System.out.println("Things to try (in another terminal, from this folder):");
        System.out.println("  1. Send an apology as Noor, then see it recorded and confirmed:");
        System.out.println("       ./plenary send --from noor@ssr2.test \"Apologies for the plenary call on Tuesday 4 July, travelling\"");
        System.out.println("       " + curl + "http://127.0.0.1:" + http + "/api/meetings/plenary-2017-07-04");
        System.out.println("  2. Close an action item as its owner, Larisa:");
        System.out.println("       ./plenary send --from larisa@ssr2.test \"A2 done\"");
        System.out.println("       " + curl + "http://127.0.0.1:" + http + "/api/actions");
        System.out.println("  3. Cancel a meeting as the chair Amara: with the default PLENARY_TRUST=confirm the demo's mail is"
                + " not authenticated, so Amara is asked first; her reply \"yes\" to that question applies it.");
        System.out.println("  4. Read everyone's mail (confirmations, agendas on the list) with any IMAP client on port "
                + imapPort + ", or see what Plenary understood: " + curl + "http://127.0.0.1:" + http + "/api/emails");
        System.out.println("  5. See what Plenary would send, as of the demo's clock (explain, preview and token, run from this"
                + " folder, use the demo's group, store and clock):");
        System.out.println("       ./plenary preview agenda          # the next meeting's agenda");
        System.out.println("       ./plenary preview summary --meeting plenary-2017-06-20");
        System.out.println("       ./plenary preview digest          # this week's digest");
        System.out.println("Ctrl-C stops the demo; its store stays in ./data/demo.");
        System.out.flush();
    }
}
