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
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.corpora.SharedCorpora;

/**
 * The public corpora (odd MIME, and the reply parsers' real emails) as if a member had sent each: reading commands
 * anywhere in a sentence must not turn any of them into one. An .eml keeps its headers with a member's From; any
 * other file is the body of a plain email. Needs the shared corpora beside the project (see {@link SharedCorpora}).
 */
class CorporaFromAMemberTest {
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mime", "crisp-oss-email-reply-parser", "mailgun-talon"})
    void noEmailOfTheCorpusIsACommand(String name) throws IOException {
        Path corpus = SharedCorpora.require(name);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("LICENSE") && !p.toString().endsWith(".md"))
                    .sorted().toList();
        }
        List<String> commands = new ArrayList<>();
        for (Path file : files) {
            JsonNode explained = plenary.explain(asNoor(file));
            if (!explained.get("commands").isEmpty()) {
                commands.add(corpus.relativize(file) + ": " + explained.get("commands"));
            }
        }
        assertThat(commands).as(files.size() + " files").isEmpty();
    }

    private static byte[] asNoor(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (file.toString().endsWith(".eml") && text.matches("(?s)^[A-Za-z-]+:.*")) {
            String replaced = text.replaceFirst("(?im)^From:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*", "From: noor@ssr2.test");
            return (replaced.equals(text) ? "From: noor@ssr2.test\r\n" + text : replaced).getBytes(StandardCharsets.ISO_8859_1);
        }
        return Explainer.email("noor@ssr2.test", "Re: thread", new String(raw, StandardCharsets.UTF_8));
    }
}
