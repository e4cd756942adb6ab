package org.plenary.group;

import java.time.ZoneId;
import java.util.List;
import org.plenary.address.AsciiCase;

/**
 * A person of the group; {@code timezone} is null when the member did not set one. Addresses compare exactly,
 * with only ASCII letters lower-cased ({@link AsciiCase}): a look-alike is somebody else.
 */
public record Member(String name, String email, Role role, List<String> aliases, ZoneId timezone) {
    public Member {
        email = AsciiCase.lower(email);
        aliases = aliases == null ? List.of() : aliases.stream().map(AsciiCase::lower).toList();
    }

    public boolean hasAddress(String address) {
        String wanted = AsciiCase.lower(address);
        return email.equals(wanted) || aliases.contains(wanted);
    }

    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
