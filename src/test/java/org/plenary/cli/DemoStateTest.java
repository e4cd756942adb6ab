package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.Settings;

/** The commands that look (explain, preview, token) use a running demo's group, store and clock. */
class DemoStateTest {
    private static final Settings DEMO = Settings.from(Map.of(), new Properties()).with(Map.of(
            "plenary.db.url", "jdbc:h2:file:./data/demo/plenary",
            "plenary.group.file", "examples/ssr2/group.yaml",
            "plenary.now", "2017-06-15T09:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void aCommandBesideARunningDemoUsesItsStoreGroupAndClock() {
        Path file = folder.resolve("state.properties");
        DemoState.write(DEMO, Instant.parse("2017-06-15T09:00:00Z"), file);

        Settings seen = DemoState.beside(Settings.from(Map.of(), new Properties()), file);

        assertThat(seen.get("plenary.db.url")).startsWith("jdbc:h2:file:/").endsWith("/data/demo/plenary");
        assertThat(Path.of(seen.get("plenary.group.file"))).isAbsolute().endsWith(Path.of("examples/ssr2/group.yaml"));
        assertThat(seen.now()).isBetween(Instant.parse("2017-06-15T09:00:00Z"),
                Instant.parse("2017-06-15T09:00:00Z").plus(Duration.ofMinutes(5)));
    }

    @Test
    void theStateOfADemoThatStoppedIsIgnored() throws Exception {
        Path file = folder.resolve("state.properties");
        DemoState.write(DEMO, Instant.parse("2017-06-15T09:00:00Z"), file);
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            state.load(in);
        }
        state.setProperty("pid", Long.toString(Long.MAX_VALUE));
        try (var out = Files.newBufferedWriter(file)) {
            state.store(out, null);
        }

        Settings seen = DemoState.beside(Settings.from(Map.of(), new Properties()).with(Map.of("plenary.db.url", "jdbc:h2:mem:other")), file);

        assertThat(seen.get("plenary.db.url")).isEqualTo("jdbc:h2:mem:other");
    }
}
