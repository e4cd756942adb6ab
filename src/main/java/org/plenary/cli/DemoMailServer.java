package org.plenary.cli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;

/**
 * The demo's embedded mail server: GreenMail with SMTP and IMAP on loopback, and an account for every
 * address of the group (members, their aliases, Plenary's own address and the list), whose login is the
 * address and whose password is {@value #PASSWORD}.
 */
public final class DemoMailServer implements AutoCloseable {
    public static final String PASSWORD = "demo";

    private final GreenMail greenMail;
    private final List<String> accounts;

    public DemoMailServer(int smtpPort, int imapPort, GroupDefinition group) {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(group.address());
        if (group.list() != null) {
            addresses.add(group.list());
        }
        for (Member member : group.members()) {
            addresses.add(member.email());
            addresses.addAll(member.aliases());
        }
        accounts = new ArrayList<>(addresses);
        greenMail.start();
        for (String address : accounts) {
            greenMail.setUser(address, address, PASSWORD);
        }
    }

    /** The running GreenMail, for tests that look into mailboxes or stop a service to simulate an outage. */
    public GreenMail greenMail() {
        return greenMail;
    }

    public List<String> accounts() {
        return accounts;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
