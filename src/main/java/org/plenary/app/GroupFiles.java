package org.plenary.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.plenary.PlenaryException;

/**
 * The group files {@code PLENARY_GROUP_FILE} names (PRODUCT.md 3.8): files, comma separated, or folders, whose
 * {@code *.yaml} and {@code *.yml} files are groups (in name order). A folder is read again by {@link #now()}, so
 * a file dropped into it while Plenary runs is a new group. Immutable.
 */
final class GroupFiles {
    private final List<Path> named;

    GroupFiles(String setting) {
        List<Path> paths = new ArrayList<>();
        for (String name : setting.split(",")) {
            if (!name.isBlank()) {
                paths.add(Path.of(name.trim()));
            }
        }
        this.named = List.copyOf(paths);
    }

    /** The group files there are now; a named file that does not exist is an error, an empty folder is not. */
    List<Path> now() {
        List<Path> files = new ArrayList<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                files.addAll(inFolder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new PlenaryException("the group file " + path.toAbsolutePath() + " (PLENARY_GROUP_FILE) does not exist");
            }
        }
        if (files.isEmpty()) {
            throw new PlenaryException("PLENARY_GROUP_FILE names no group file (" + named + ")");
        }
        return files;
    }

    private static List<Path> inFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new PlenaryException("cannot list the folder of group files " + folder + ": " + e.getMessage(), e);
        }
    }
}
