package org.plenary.group;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A person of the group; {@code timezone} is null when the member did not set one. */
public record Member(String name, String email, Role role, List<String> aliases, ZoneId timezone) {
    public Member {
        email = email.toLowerCase(Locale.ROOT);
        aliases = aliases == null ? List.of() : aliases.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean hasAddress(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return email.equals(wanted) || aliases.contains(wanted);
    }

    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
