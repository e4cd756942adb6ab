package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.store.Database;
import org.plenary.store.StoreVersionException;

/**
 * Plenary for the commands that only look (explain, preview): the configured store as it is, never migrated, when
 * it holds the group; else, when there is no store yet (no H2 file, no Plenary tables, the group not synced), a
 * throwaway in-memory store filled from the group file. A store of another version is refused, not upgraded:
 * looking never creates or changes a store.
 */
final class ReadOnlyStore {
    private ReadOnlyStore() {
    }

    static Plenary open(Settings settings) {
        String url = settings.require("plenary.db.url");
        boolean missingH2File = url.startsWith("jdbc:h2:file:") && !Files.exists(h2File(url));
        if (!missingH2File) {
            Plenary plenary = asItIs(settings);
            if (plenary != null) {
                boolean known = plenary.database().inTransaction(tx -> tx.groups().exists(plenary.group().get().id()));
                if (known) {
                    return plenary;
                }
                plenary.close();
            }
        }
        Plenary scratch = new Plenary(settings.with(Map.of(
                "plenary.db.url", "jdbc:h2:mem:plenary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "plenary.db.user", "", "plenary.db.password", "")));
        scratch.syncGroup();
        return scratch;
    }

    /** The configured store unmigrated, or null when it has no Plenary tables yet; another version is an error. */
    private static Plenary asItIs(Settings settings) {
        try {
            return new Plenary(settings, url -> Database.openAsItIs(url, settings.get("plenary.db.user"),
                    settings.get("plenary.db.password")));
        } catch (StoreVersionException e) {
            if (e.isEmpty()) {
                return null;
            }
            throw e;
        }
    }

    private static Path h2File(String url) {
        String path = url.substring("jdbc:h2:file:".length());
        int options = path.indexOf(';');
        return Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db");
    }
}
