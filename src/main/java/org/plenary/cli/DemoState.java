package org.plenary.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.plenary.app.Settings;

/**
 * What a running {@code ./plenary demo} tells the commands that look beside it (explain, preview, token): its group
 * file, its store and its clock, in {@code ./data/demo/state.properties}. The demo's clock starts at PLENARY_NOW and
 * runs on, so a command's "now" is that start plus the time the demo has run. A file left by a demo that is no
 * longer running (its process is gone) is ignored, and so is the whole file when PLENARY_DB_URL names a store.
 */
final class DemoState {
    static final Path FILE = Path.of("data", "demo", "state.properties");

    private DemoState() {
    }

    /** Written by the demo once it started; {@code started} is its clock's first instant. */
    static void write(Settings settings, Instant started) {
        write(settings, started, FILE);
    }

    static void write(Settings settings, Instant started, Path file) {
        Properties state = new Properties();
        state.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        state.setProperty("group.file", Path.of(settings.require("plenary.group.file")).toAbsolutePath().toString());
        state.setProperty("db.url", absoluteH2(settings.require("plenary.db.url")));
        state.setProperty("clock.start", started.toString());
        state.setProperty("clock.started.at", Instant.now().toString());
        try (Writer out = Files.newBufferedWriter(file)) {
            state.store(out, "The running demo's group, store and clock, for explain, preview and token");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void forget() {
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException ignored) {
            // a stale file is ignored anyway: its process is gone
        }
    }

    /** These settings, or the running demo's group, store and clock when a demo runs here and no store was named. */
    static Settings beside(Settings settings) {
        return System.getenv("PLENARY_DB_URL") != null ? settings : beside(settings, FILE);
    }

    static Settings beside(Settings settings, Path file) {
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            state.load(in);
        } catch (IOException e) {
            return settings;
        }
        boolean running = ProcessHandle.of(Long.parseLong(state.getProperty("pid", "-1")))
                .map(ProcessHandle::isAlive).orElse(false);
        if (!running) {
            return settings;
        }
        Duration ran = Duration.between(Instant.parse(state.getProperty("clock.started.at")), Instant.now());
        Instant now = System.getenv("PLENARY_NOW") != null ? settings.now()
                : Instant.parse(state.getProperty("clock.start")).plus(ran);
        return settings.with(Map.of("plenary.group.file", state.getProperty("group.file"),
                "plenary.db.url", state.getProperty("db.url"), "plenary.now", now.toString()));
    }

    /** A relative H2 file path made absolute, so the commands find the store from wherever the file says. */
    private static String absoluteH2(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix) || url.startsWith(prefix + "/")) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        return prefix + Path.of(path).toAbsolutePath().normalize() + (options < 0 ? "" : rest.substring(options));
    }
}
