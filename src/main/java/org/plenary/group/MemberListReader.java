package org.plenary.group;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code members} of a group file. Every address (email or alias) must belong to exactly one member,
 * because mail is matched to its sender by address; and someone must be able to run the group.
 */
final class MemberListReader {
    private final Map<String, String> ownerOfAddress = new HashMap<>();

    List<Member> read(GroupFileNode root, String groupAddress, String listAddress) {
        List<Member> members = new ArrayList<>();
        for (GroupFileNode node : root.objects("members")) {
            node.allowOnly("name", "email", "role", "aliases", "timezone");
            String name = node.text("name");
            String email = node.required("email", GroupFileValues::email, "an email address");
            claim(node, "email", email, name);
            List<String> aliases = new ArrayList<>();
            for (String alias : node.texts("aliases")) {
                String address = node.parse("aliases", alias, GroupFileValues::email, "an email address");
                claim(node, "aliases", address, name);
                aliases.add(address);
            }
            Role role = node.required("role", Role::of, "a role (chair, staff, member or observer)");
            ZoneId zone = node.optional("timezone", ZoneId::of, "a time zone such as UTC or Europe/Rome").orElse(null);
            Member member = new Member(name, email, role, List.copyOf(aliases), zone);
            // Plenary ignores its own mail and reads the list's as discussion, so neither may stand for a person.
            if (member.hasAddress(groupAddress) || listAddress != null && member.hasAddress(listAddress)) {
                throw node.failure("email", "a member cannot use the group's own address or list address");
            }
            members.add(member);
        }
        if (members.stream().noneMatch(m -> m.role().runsTheGroup())) {
            throw root.failure("members", "needs at least one chair or staff member to run the group");
        }
        return List.copyOf(members);
    }

    private void claim(GroupFileNode node, String key, String address, String name) {
        String earlier = ownerOfAddress.putIfAbsent(address, name);
        if (earlier != null) {
            throw node.failure(key, "'" + address + "' is already an address of " + earlier);
        }
    }
}
