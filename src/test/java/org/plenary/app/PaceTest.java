package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * How fast Plenary answers and what it tells an operator: with ten minutes between polls, only IMAP IDLE can explain
 * a reply within seconds; {@code /metrics} answers without a token in the Prometheus text format, with no address.
 */
class PaceTest {
    private static final String NOOR = "noor@ssr2.test";

    @AutoClose
    TestPlenary app = TestPlenary.ssr2().with("plenary.poll.delay", "10m").with("plenary.outbox.delay", "10m").start();

    @Test
    void imapIdleAndTheCommitBringTheReplyLongBeforeTheNextPollOrOutboxRun() {
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics().contains("plenary_imap_idle_connected 1.0"));

        app.send(NOOR, "Apologies", "Apologies for the plenary on 4 July");

        assertThat(app.awaitMail(NOOR, 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void metricsAnswerInThePrometheusFormatWithTheSeriesAnOperatorNeedsAndNoAddress() {
        app.send(NOOR, "Apologies", "Apologies for the plenary on 4 July");
        app.awaitMail(NOOR, 1, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics().contains("plenary_delivery_to_confirmation_seconds_count 1"));

        HttpResponse<String> response = app.httpGet("/metrics", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body())
                .contains("plenary_emails_total{outcome=\"applied\"} 1.0")
                .contains("plenary_emails_total{outcome=\"failed\"} 0.0")
                .contains("plenary_mailbox_unseen ")
                .contains("plenary_delivery_to_confirmation_seconds_bucket{le=\"2.0\"} 1")
                .contains("plenary_outbox_pending ")
                .contains("plenary_outbox_retrying 0.0")
                .contains("plenary_imap_idle_connected 1.0")
                .contains("jvm_memory_used_bytes{")
                .doesNotContain("@");
    }

    private String metrics() {
        return app.httpGet("/metrics", null).body();
    }
}
