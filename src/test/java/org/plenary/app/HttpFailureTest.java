package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failure behind the HTTP API is a JSON 500 that tells a caller nothing of the internals (they are logged). */
class HttpFailureTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void aStoreThatFailsIsA500WithJsonAndNoInternals() {
        app.database().close();
        HttpResponse<String> response = app.httpGet("/api/meetings");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":\"internal error\"}");
    }
}
