package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenary.corpora.SharedCorpora;

/**
 * The shared MIME corpus (auto-replies, bounces, reports, malformed and odd mail from public test suites) through
 * explain: nothing throws, and no machine-made message yields a command, not even when it claims to come from a
 * member. Needs the shared corpora beside the project (see {@link SharedCorpora}).
 */
class MimeCorpusExplainTest {
    static final List<String> MACHINE_MADE = List.of("auto-reply", "bounce", "report");

    @Test
    void noMachineMadeMessageGivesACommandAndNoMessageThrows() throws IOException {
        Path corpus = SharedCorpora.require("mime");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        int machineMade = 0;
        int automatic = 0;
        List<String> commandsFromMachines = new ArrayList<>();
        try (Explainer plenary = Explainer.ssr2()) {
            for (Path file : files) {
                byte[] raw = Files.readAllBytes(file);
                JsonNode asSent = plenary.explain(raw); // must not throw, whatever the bytes
                assertThat(asSent.get("commands")).as(file.toString()).isEmpty(); // their senders are strangers
                if (MACHINE_MADE.contains(file.getParent().getFileName().toString())) {
                    machineMade++;
                    // Claiming a member's address must not let a machine's words ("cancel", dates) become commands.
                    JsonNode fromMember = plenary.explain(fromNoor(raw));
                    if (fromMember.get("autoReply").asBoolean()) {
                        automatic++;
                    }
                    if (!fromMember.get("commands").isEmpty()) {
                        commandsFromMachines.add(corpus.relativize(file) + ": " + fromMember.get("commands"));
                    }
                }
            }
        }
        System.out.printf("MIME corpus: %d messages explained, %d machine-made (%d recognised as automatic even from a "
                + "member's address), %d gave commands%n", files.size(), machineMade, automatic, commandsFromMachines.size());
        assertThat(commandsFromMachines).isEmpty();
    }

    /** The message with its From header replaced by a member's address, everything else as it was. */
    private static byte[] fromNoor(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String replaced = text.replaceFirst("(?im)^From:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*", "From: noor@ssr2.test");
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }
}
