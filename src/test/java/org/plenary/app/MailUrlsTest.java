package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;

class MailUrlsTest {

    @Test
    void turnsAnImapsUrlIntoAnEndpointWithRawCredentialsAndFolder() {
        assertThat(MailUrls.imap("imaps://bot%40example.org:s3cr%26t@imap.example.org/INBOX", List.of()))
                .isEqualTo("imaps://imap.example.org?username=RAW(bot@example.org)&password=RAW(s3cr&t)&folderName=INBOX");
    }

    @Test
    void keepsThePortAndAcceptsNoCredentials() {
        assertThat(MailUrls.smtp("smtp://127.0.0.1:25", List.of())).isEqualTo("smtp://127.0.0.1:25");
    }

    @Test
    void requiresStartTlsWhenAsked() {
        assertThat(MailUrls.smtp("smtp://relay.example.org:587?starttls=required", List.of()))
                .contains("mail.smtp.starttls.enable=true", "mail.smtp.starttls.required=true");
    }

    @Test
    void refusesAnUnknownSchemeWithoutShowingThePassword() {
        assertThatThrownBy(() -> MailUrls.imap("http://bot:topsecret@example.org/", List.of()))
                .isInstanceOf(PlenaryException.class)
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void redactsPasswordsInUrlsAndEndpoints() {
        assertThat(MailUrls.redacted("imaps://bot%40x.org:topsecret@imap.x.org/INBOX")).doesNotContain("topsecret");
        assertThat(MailUrls.redacted("imap://h?username=RAW(a)&password=RAW(topsecret)")).doesNotContain("topsecret");
    }
}
