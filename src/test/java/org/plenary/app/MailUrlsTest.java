package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.PlenaryException;

class MailUrlsTest {

    @Test
    void turnsAnImapsUrlIntoAnEndpointThatNamesItsCredentialsOnlyByBean() {
        MailUrls.MailEndpoint endpoint = MailUrls.imap("imaps://bot%40example.org:s3cr%26t@imap.example.org/INBOX", List.of());
        assertThat(endpoint.uri()).isEqualTo("imaps://imap.example.org?username=#bean:plenaryImapUsername"
                + "&password=#bean:plenaryImapPassword&folderName=INBOX");
        assertThat(endpoint.credentials()).isEqualTo(Map.of("plenaryImapUsername", "bot@example.org",
                "plenaryImapPassword", "s3cr&t"));
    }

    @Test
    void keepsThePortAndAcceptsNoCredentials() {
        MailUrls.MailEndpoint endpoint = MailUrls.smtp("smtp://127.0.0.1:25", List.of());
        assertThat(endpoint.uri()).isEqualTo("smtp://127.0.0.1:25");
        assertThat(endpoint.credentials()).isEmpty();
    }

    @Test
    void requiresStartTlsWhenAsked() {
        assertThat(MailUrls.smtp("smtp://relay.example.org:587?starttls=required", List.of()).uri())
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
        assertThat(MailUrls.redacted("imap://h?password=RAW(top&secret)&unseen=true"))
                .isEqualTo("imap://h?password=***&unseen=true");
    }

    /** Passwords as deployers paste them: every character that ends a part of a URI elsewhere. */
    @ParameterizedTest
    @ValueSource(strings = {"Qx/7)pl%40n%20ary", "a(b)c", "p#ss", "p?ss", "p+ss", "50%off", "sp ace", "(x)&y=z", "a@b/c"})
    void aPasswordOfAnyCharactersReachesTheLoginWholeAndNoEndpointOrRedactionShowsIt(String written) {
        String password = MailUrls.decode(written);
        String url = "imap://secretariat%40ssr2.test:" + written + "@mail.example.org:993/INBOX";
        if (written.contains("@")) {
            // An @ a deployer did not escape cannot be told from the host's; it must never be half-shown.
            assertThatThrownBy(() -> MailUrls.imap(url, List.of())).isInstanceOf(PlenaryException.class)
                    .hasMessageNotContaining("b/c");
            return;
        }
        MailUrls.MailEndpoint endpoint = MailUrls.imap(url, List.of("unseen=true"));
        assertThat(endpoint.credentials()).containsEntry("plenaryImapPassword", password)
                .containsEntry("plenaryImapUsername", "secretariat@ssr2.test");
        assertThat(endpoint.uri()).isEqualTo("imap://mail.example.org:993?username=#bean:plenaryImapUsername"
                + "&password=#bean:plenaryImapPassword&folderName=INBOX&unseen=true");
        assertThat(List.of(endpoint.uri(), URISupport.sanitizeUri(endpoint.uri()), MailUrls.redacted(url)))
                .noneSatisfy(shown -> assertThat(shown).contains(password))
                .noneSatisfy(shown -> assertThat(shown).contains(written));
        assertThat(MailUrls.redacted(url)).isEqualTo("imap://secretariat%40ssr2.test:***@mail.example.org:993/INBOX");
    }

    @Test
    void anAtInAFolderIsNotTakenForCredentials() {
        MailUrls.MailEndpoint endpoint = MailUrls.imap("imap://mail.example.org/INBOX%40old", List.of());
        assertThat(endpoint.uri()).isEqualTo("imap://mail.example.org?folderName=INBOX@old");
        assertThat(endpoint.credentials()).isEmpty();
    }

    @Test
    void anUnescapedAddressAsUserNameIsRead() {
        MailUrls.MailEndpoint endpoint = MailUrls.imap("imaps://bot@example.org:pw/x@imap.example.org/INBOX", List.of());
        assertThat(endpoint.credentials()).containsEntry("plenaryImapUsername", "bot@example.org")
                .containsEntry("plenaryImapPassword", "pw/x");
        assertThat(endpoint.uri()).startsWith("imaps://imap.example.org?");
    }

    @Test
    void textThatIsNoUrlShowsOnlyItsScheme() {
        assertThat(MailUrls.redacted("imap://user:pa ss@")).isEqualTo("imap://***");
        assertThat(MailUrls.redacted("not a url: secret")).isEqualTo("***");
    }
}
