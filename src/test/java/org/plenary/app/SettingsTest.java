package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;
import org.plenary.workflow.Trust;

/** Where a setting comes from, in the order docs/configuration.md gives, and how its values read. */
class SettingsTest {
    private static Properties file(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }

    @Test
    void theEnvironmentBeatsTheFileWhichBeatsTheDefault() {
        assertThat(Settings.from(Map.of(), new Properties()).get("plenary.poll.delay")).isEqualTo("10s");
        assertThat(Settings.from(Map.of(), file("plenary.poll.delay", "3s")).get("plenary.poll.delay")).isEqualTo("3s");
        assertThat(Settings.from(Map.of("PLENARY_POLL_DELAY", "2s"), file("plenary.poll.delay", "3s"))
                .get("plenary.poll.delay")).isEqualTo("2s");
    }

    @Test
    void anEmptyVariableCountsAsUnsetAndValuesAreTrimmed() {
        Settings settings = Settings.from(Map.of("PLENARY_POLL_DELAY", "", "PLENARY_HTTP_PORT", " 8181 "),
                file("plenary.poll.delay", "3s"));
        assertThat(settings.get("plenary.poll.delay")).isEqualTo("3s");
        assertThat(settings.integer("plenary.http.port")).isEqualTo(8181);
    }

    @Test
    void whatTheDemoOrATestSetsBeatsTheEnvironment() {
        Settings settings = Settings.from(Map.of("PLENARY_IMAP_URL", "imaps://bot:secret@imap.example.org/INBOX"),
                new Properties()).with(Map.of("plenary.imap.url", "imap://127.0.0.1:3143/INBOX"));
        assertThat(settings.get("plenary.imap.url")).isEqualTo("imap://127.0.0.1:3143/INBOX");
    }

    @Test
    void senderTrustDefaultsToConfirmAndTheOldVariableStillMeansAuthenticated() {
        assertThat(Plenary.trust(Settings.from(Map.of(), new Properties()))).isEqualTo(Trust.CONFIRM);
        assertThat(Plenary.trust(Settings.from(Map.of("PLENARY_TRUST", "Open"), new Properties()))).isEqualTo(Trust.OPEN);
        assertThat(Plenary.trust(Settings.from(Map.of("PLENARY_REQUIRE_AUTHENTICATION", "true"), new Properties())))
                .isEqualTo(Trust.AUTHENTICATED);
        assertThatThrownBy(() -> Plenary.trust(Settings.from(Map.of("PLENARY_TRUST", "yes"), new Properties())))
                .isInstanceOf(PlenaryException.class).hasMessageContaining("authenticated, confirm, open");
    }

    @Test
    void durationsReadAsTheDocumentationWritesThem() {
        Map<String, Duration> expected = Map.of("10s", Duration.ofSeconds(10), "500ms", Duration.ofMillis(500),
                "2m", Duration.ofMinutes(2), "PT10S", Duration.ofSeconds(10), "1.5s", Duration.ofMillis(1500),
                "2000", Duration.ofSeconds(2));
        expected.forEach((text, duration) -> assertThat(Settings.from(Map.of("PLENARY_POLL_DELAY", text), new Properties())
                .duration("plenary.poll.delay")).as(text).isEqualTo(duration));
    }

    @Test
    void aMissingOrMalformedSettingNamesItsVariable() {
        Settings settings = Settings.from(Map.of("PLENARY_IMAP_MAX_ATTEMPTS", "three"), new Properties());
        assertThatThrownBy(() -> settings.require("plenary.imap.url")).isInstanceOf(PlenaryException.class)
                .hasMessageContaining("PLENARY_IMAP_URL");
        assertThatThrownBy(() -> settings.integer("plenary.imap.max.attempts")).hasMessageContaining("PLENARY_IMAP_MAX_ATTEMPTS");
    }
}
