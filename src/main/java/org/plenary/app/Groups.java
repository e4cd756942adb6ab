package org.plenary.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.plenary.PlenaryException;
import org.plenary.access.SignIn;
import org.plenary.access.Tokens;
import org.plenary.desk.DeskPages;
import org.plenary.group.GroupDefinition;
import org.plenary.web.ServedGroups;
import org.plenary.workflow.Secretariat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The groups this deployment serves, in the order of their files (PRODUCT.md 3.8). Two groups cannot share an id
 * or Plenary's address (mail and pages are told apart by them). The schedules and group-file routes call
 * {@link #tick()} and {@link #check()}; a failure of one group is logged and leaves the others alone. Thread-safe.
 */
public final class Groups implements ServedGroups {
    private static final Logger LOG = LoggerFactory.getLogger(Groups.class);

    private final List<ServedGroup> served = new CopyOnWriteArrayList<>();
    private final Map<String, ServedGroup> byId = new ConcurrentHashMap<>();
    private final GroupFiles files;
    private volatile Consumer<Path> onNewFile = path -> { };
    /** New files that could not be served, as they were then: tried again once they change, not at every check. */
    private final Map<Path, FileTime> refused = new ConcurrentHashMap<>();

    Groups(GroupFiles files) {
        this.files = files;
    }

    synchronized void add(ServedGroup group) {
        requireDistinct(group);
        served.add(group);
        byId.put(group.id(), group);
    }

    /** Refuses a group whose id or address is already another's. */
    synchronized void requireDistinct(ServedGroup group) {
        GroupDefinition definition = group.group().get();
        for (ServedGroup other : served) {
            GroupDefinition known = other.group().get();
            if (known.id().equals(definition.id())) {
                throw new PlenaryException(group.file() + ": group.id '" + definition.id()
                        + "' is already the id of the group in " + other.file());
            }
            if (known.address().toLowerCase(Locale.ROOT).equals(definition.address().toLowerCase(Locale.ROOT))) {
                throw new PlenaryException(group.file() + ": group.address '" + definition.address()
                        + "' is already the address of the group in " + other.file());
            }
        }
    }

    /** What to do with a group file that appears in a folder of group files while running. */
    void onNewFile(Consumer<Path> action) {
        this.onNewFile = action;
    }

    public List<ServedGroup> all() {
        return List.copyOf(served);
    }

    public ServedGroup get(String id) {
        ServedGroup group = byId.get(id);
        if (group == null) {
            throw new PlenaryException("no group '" + id + "' here; the groups are " + ids());
        }
        return group;
    }

    @Override
    public List<String> ids() {
        return served.stream().map(ServedGroup::id).toList();
    }

    @Override
    public GroupDefinition definition(String groupId) {
        return get(groupId).group().get();
    }

    @Override
    public Tokens tokens(String groupId) {
        return get(groupId).tokens();
    }

    @Override
    public SignIn signIn(String groupId) {
        return get(groupId).signIn();
    }

    @Override
    public DeskPages pages(String groupId) {
        return get(groupId).pages();
    }

    @Override
    public Secretariat secretariat(String groupId) {
        return get(groupId).secretariat();
    }

    /** The schedules of every group, each in its own transactions. */
    public void tick() {
        for (ServedGroup group : served) {
            try {
                group.schedules().tick();
            } catch (RuntimeException e) {
                LOG.error("schedules of {} failed; retried on the next tick: {}", group.id(), e.getMessage(), e);
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Each group file reloaded when it changed, and a file new in a folder of group files taken on. */
    public void check() {
        for (ServedGroup group : served) {
            try {
                group.watch().check();
            } catch (RuntimeException e) {
                LOG.error("group file of {} not synced: {}", group.id(), e.getMessage(), e);
            }
        }
        List<Path> known = new ArrayList<>(served.stream().map(g -> g.file().toAbsolutePath().normalize()).toList());
        for (Path file : files.now()) {
            Path absolute = file.toAbsolutePath().normalize();
            FileTime modified = modified(file);
            if (!known.contains(absolute) && !modified.equals(refused.get(absolute))) {
                try {
                    onNewFile.accept(file);
                    refused.remove(absolute);
                } catch (RuntimeException e) {
                    refused.put(absolute, modified);
                    LOG.error("{} is new but cannot be served (tried again when it changes): {}", file, e.getMessage());
                }
            }
        }
    }
}
