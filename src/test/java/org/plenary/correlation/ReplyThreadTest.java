package org.plenary.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyThreadTest {

    @Test
    void answersUnderTheOriginalAddingItToItsReferencesOnce() {
        assertThat(ReplyThread.answering("<b@x>", List.of("<a@x>")))
                .isEqualTo(new ReplyThread("<b@x>", List.of("<a@x>", "<b@x>")));
        assertThat(ReplyThread.answering("<b@x>", List.of("<a@x>", "<b@x>")).references())
                .containsExactly("<a@x>", "<b@x>");
        assertThat(ReplyThread.answering(null, List.of())).isEqualTo(ReplyThread.NONE);
    }

    @Test
    void longChainsLoseTheirMiddleKeepingTheFirstAndTheLast() {
        List<String> chain = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            chain.add("<" + i + "@x>");
        }

        List<String> references = ReplyThread.answering("<21@x>", chain).references();

        assertThat(references).hasSize(12).startsWith("<1@x>", "<11@x>").endsWith("<20@x>", "<21@x>");
    }
}
