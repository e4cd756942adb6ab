package org.plenary.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.group.Role;

/**
 * Groups and their members as last loaded from the group file. The members read are kept for the rest of the
 * transaction (only {@link #save} writes them, and forgets them); not thread-safe, like its transaction.
 */
public final class GroupRepository {
    private final Handle handle;
    private final Map<String, List<Member>> read = new HashMap<>();

    GroupRepository(Handle handle) {
        this.handle = handle;
    }

    public boolean exists(String groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM groups WHERE id = :id").bind("id", groupId)
                .mapTo(Integer.class).one() > 0;
    }

    /** Writes the group and its members; members no longer in the file become inactive, keeping their history. */
    public void save(GroupDefinition group, Instant now) {
        forget();
        int updated = handle.createUpdate("""
                UPDATE groups SET name = :name, tag = :tag, address = :address, list_address = :list,
                       timezone = :zone, loaded_at = :now WHERE id = :id""")
                .bind("id", group.id()).bind("name", group.name()).bind("tag", group.tag())
                .bind("address", group.address()).bind("list", group.list()).bind("zone", group.timezone().getId())
                .bind("now", Columns.utc(now)).execute();
        if (updated == 0) {
            handle.createUpdate("""
                    INSERT INTO groups (id, name, tag, address, list_address, timezone, loaded_at)
                    VALUES (:id, :name, :tag, :address, :list, :zone, :now)""")
                    .bind("id", group.id()).bind("name", group.name()).bind("tag", group.tag())
                    .bind("address", group.address()).bind("list", group.list())
                    .bind("zone", group.timezone().getId()).bind("now", Columns.utc(now)).execute();
        }
        handle.createUpdate("UPDATE members SET active = FALSE WHERE group_id = :g").bind("g", group.id()).execute();
        for (Member member : group.members()) {
            int changed = handle.createUpdate("""
                    UPDATE members SET name = :name, role = :role, aliases = :aliases, timezone = :zone, active = TRUE
                    WHERE group_id = :g AND email = :email""")
                    .bind("g", group.id()).bind("email", member.email()).bind("name", member.name())
                    .bind("role", member.role().id()).bind("aliases", Columns.join(member.aliases()))
                    .bind("zone", member.timezone() == null ? null : member.timezone().getId()).execute();
            if (changed == 0) {
                handle.createUpdate("""
                        INSERT INTO members (group_id, email, name, role, aliases, timezone, active)
                        VALUES (:g, :email, :name, :role, :aliases, :zone, TRUE)""")
                        .bind("g", group.id()).bind("email", member.email()).bind("name", member.name())
                        .bind("role", member.role().id()).bind("aliases", Columns.join(member.aliases()))
                        .bind("zone", member.timezone() == null ? null : member.timezone().getId()).execute();
            }
        }
    }

    /** Every member ever known, active or not, so old apologies and actions keep their names. */
    public List<Member> members(String groupId) {
        return members(groupId, "SELECT * FROM members WHERE group_id = :g ORDER BY name");
    }

    /** The members the group file names now: the only ones whose email may change anything. */
    public List<Member> activeMembers(String groupId) {
        return members(groupId, "SELECT * FROM members WHERE group_id = :g AND active = TRUE ORDER BY name");
    }

    private List<Member> members(String groupId, String sql) {
        return read.computeIfAbsent(sql + '\u0000' + groupId, key -> List.copyOf(handle.createQuery(sql)
                .bind("g", groupId)
                .map((row, ctx) -> new Member(row.getString("name"), row.getString("email"),
                        Role.of(row.getString("role")), Columns.list(row.getString("aliases")),
                        row.getString("timezone") == null ? null : ZoneId.of(row.getString("timezone"))))
                .list()));
    }

    /** Reads the members again next time: what was written since may have been taken back. */
    void forget() {
        read.clear();
    }

    public Optional<String> nameOf(String groupId, String email) {
        return handle.createQuery("SELECT name FROM members WHERE group_id = :g AND email = :e")
                .bind("g", groupId).bind("e", email).mapTo(String.class).findOne();
    }
}
