package org.plenary.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.group.Member;

/**
 * The group's members, found by address, alias, full name or first name, case-insensitively. An unknown
 * or ambiguous name is a {@link Refusal} that names the candidates, never a guess.
 */
public final class Directory {
    private final List<Member> members;

    public Directory(List<Member> members) {
        this.members = List.copyOf(members);
    }

    public Optional<Member> byAddress(String address) {
        return address == null ? Optional.empty() : members.stream().filter(m -> m.hasAddress(address)).findFirst();
    }

    public List<Member> all() {
        return members;
    }

    /**
     * The one member {@code words} name, by address, full name, first name or the address before the "@"; empty when
     * they name nobody or several people. For lists of names (who attended) where an unknown name is no error.
     */
    public Optional<Member> match(String words) {
        if (words.contains("@")) {
            return byAddress(words.strip().replaceAll("[.,;:!]+$", ""));
        }
        String wanted = words.strip().toLowerCase(Locale.ROOT).replaceAll("[.,;:!]+$", "");
        List<Member> byName = named(wanted);
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    /** {@code words} as the sender wrote them; null, "me", "I", "myself" mean the sender. */
    public Member resolve(String words, Member sender) {
        if (words == null) {
            return sender;
        }
        if (words.contains("@")) {
            // As written: full Unicode lower-casing would turn a look-alike (the Kelvin sign) into a member's address.
            String address = words.strip().replaceAll("[.,;:!]+$", "");
            return byAddress(address).orElseThrow(() -> new Refusal("nobody in the group has the address " + words));
        }
        String wanted = words.trim().toLowerCase(Locale.ROOT).replaceAll("[.,;:!]+$", "");
        if (wanted.isEmpty() || List.of("me", "i", "myself", "self").contains(wanted)) {
            return sender;
        }
        List<Member> byName = named(wanted);
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.isEmpty()) {
            throw new Refusal("nobody in the group is called '" + words + "'; members are "
                    + members.stream().map(Member::name).collect(Collectors.joining(", ")));
        }
        throw new Refusal("'" + words + "' could be " + byName.stream().map(m -> m.name() + " <" + m.email() + ">")
                .collect(Collectors.joining(" or ")) + "; write the full name or the address");
    }

    private static String withoutAccents(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Members whose full name, else first name, else address before the "@" is {@code wanted} (lower case). */
    private List<Member> named(String wanted) {
        List<Member> byName = members.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (byName.isEmpty()) {
            byName = members.stream().filter(m -> m.firstName().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        }
        if (byName.isEmpty()) { // "Zoe" for Zoë, "Denise" typed without its accent: names only, never addresses
            String plain = withoutAccents(wanted);
            byName = members.stream().filter(m -> withoutAccents(m.name()).equals(plain)).toList();
            if (byName.isEmpty()) {
                byName = members.stream().filter(m -> withoutAccents(m.firstName()).equals(plain)).toList();
            }
        }
        if (byName.isEmpty()) {
            byName = members.stream().filter(m -> m.email().startsWith(wanted + "@")).toList();
        }
        return byName;
    }
}
