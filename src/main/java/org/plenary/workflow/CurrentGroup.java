package org.plenary.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The group as its file defines it now: read at start, and read again when the file changes, so staff can
 * edit members or series without a restart. A file that no longer reads keeps the last good definition and
 * logs why. Thread-safe.
 */
public final class CurrentGroup implements Supplier<GroupDefinition> {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentGroup.class);

    private final Path file;
    private final GroupFileReader reader = new GroupFileReader();
    private volatile GroupDefinition definition;
    private volatile FileTime modified;

    public CurrentGroup(Path file) {
        this.file = file;
        this.modified = modifiedTime();
        this.definition = reader.read(file);
    }

    /** A fixed definition, for tests and tools that do not watch a file. */
    public static Supplier<GroupDefinition> of(GroupDefinition definition) {
        return () -> definition;
    }

    @Override
    public GroupDefinition get() {
        return definition;
    }

    /** Reads the file again if it changed; true when a new definition is in force. */
    public boolean reloadIfChanged() {
        FileTime now = modifiedTime();
        if (now == null || now.equals(modified)) {
            return false;
        }
        modified = now;
        try {
            GroupDefinition fresh = reader.read(file);
            if (!fresh.id().equals(definition.id())) {
                LOG.error("{} now defines group '{}' instead of '{}'; keeping the old definition", file, fresh.id(),
                        definition.id());
                return false;
            }
            definition = fresh;
            LOG.info("{} changed; group {} reloaded", file, fresh.id());
            return true;
        } catch (RuntimeException e) {
            LOG.error("{} changed but cannot be read ({}); keeping the last good definition", file, e.getMessage());
            return false;
        }
    }

    private FileTime modifiedTime() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
