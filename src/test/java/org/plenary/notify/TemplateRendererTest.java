package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateRendererTest {
    static final List<String> TEMPLATE_IDS = TemplateRenderer.TEMPLATE_IDS;
    private static final String HOSTILE = "${7*7} <#assign x=1> <script>alert(1)</script> & \"quoted\"";

    private final TemplateRenderer renderer = new TemplateRenderer(null);

    @ParameterizedTest
    @FieldSource("TEMPLATE_IDS")
    void rendersEveryTemplateWithItsSampleModel(String templateId) {
        RenderedEmail email = renderer.render(templateId, SampleModels.forTemplate(templateId));

        assertThat(email.subject()).contains("[SSR2]").doesNotContain("\n").isEqualTo(email.subject().trim());
        assertThat(email.text()).isNotBlank().contains("secretariat@ssr2.test").doesNotContain("<");
        assertThat(email.html()).startsWith("<!DOCTYPE html>").contains("</html>").contains("secretariat@ssr2.test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chair", "staff", "member", "observer"})
    void rendersHelpForEveryRole(String role) {
        RenderedEmail help = renderer.render("help", SampleModels.help(role));

        assertThat(help.text()).contains("Apologies for the plenary on Tuesday 4 July");
        boolean decides = role.equals("chair") || role.equals("staff");
        assertThat(help.text().contains("CONFIRM plenary 4 July")).isEqualTo(decides);
        assertThat(help.html().contains("CONFIRM plenary 4 July")).isEqualTo(decides);
        assertThat(help.text().contains("AGENDA: Progress report (30 min) for the plenary on 4 July")).isEqualTo(!role.equals("observer"));
    }

    @Test
    void subjectsCarryTheGroupTagAndTheMeeting() {
        assertThat(subjectOf("agenda")).isEqualTo("[SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC");
        assertThat(subjectOf("cancellation")).isEqualTo("[SSR2] Cancelled: SSR2 Co-Chairs/Staff Call, Friday 23 June 11:00 UTC");
        assertThat(subjectOf("agenda-update")).isEqualTo("[SSR2] Updated: SSR2 Plenary Call, Wednesday 5 July 14:00 UTC");
        assertThat(subjectOf("summary"))
                .isEqualTo("[SSR2] Action items and decisions reached: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC");
        assertThat(subjectOf("digest")).isEqualTo("[SSR2] Weekly digest, week of 19 June 2017");
    }

    @Test
    void repliesSayReOnceAndAddTheTagOnlyWhenAbsent() {
        assertThat(subjectOf("confirmation")).isEqualTo("Re: [SSR2] Apologies – plenary 4 July");
        assertThat(subjectOf("error")).isEqualTo("Re: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC");
        assertThat(replySubject("RE: re:  Aw: status")).isEqualTo("Re: [SSR2] status");
        assertThat(replySubject("  ")).isEqualTo("Re: [SSR2] Your email to Plenary");
    }

    @Test
    void theAgendaHoldsEverythingAMemberNeeds() {
        String text = renderer.render("agenda", SampleModels.agenda()).text();

        assertThat(text)
                .contains("Tuesday 4 July 2017, 13:00 UTC")
                .contains("Welcome, roll call, updated SOIs & apologies")
                .contains("DNS Abuse Study briefing")
                .contains("Noor Haddad, 30 min, 13:10–13:40")
                .contains("R2 Tech tools demo (20 min), asked by Zoe Lambert")
                .contains("Kaveh Rostami (travelling)")
                .contains("A2 Send language to RT")
                .contains("apologies", "AGENDA: Title (30 min)", "A7 done");
        assertThat(text.indexOf("- A1 ")).isLessThan(text.indexOf("- A4 "));
        assertThat(text).contains("16 days OVERDUE");
    }

    @Test
    void anOverrideFolderReplacesOnlyTheFilesItHolds(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("agenda-subject.ftl"),
                "<#ftl output_format=\"plainText\">\n${group.tag}: ${meeting.title} agenda\n");
        TemplateRenderer overridden = new TemplateRenderer(overrides);

        RenderedEmail custom = overridden.render("agenda", SampleModels.agenda());
        RenderedEmail builtIn = renderer.render("agenda", SampleModels.agenda());

        assertThat(custom.subject()).isEqualTo("SSR2: SSR2 Plenary Call agenda");
        assertThat(custom.text()).isEqualTo(builtIn.text());
        assertThat(custom.html()).isEqualTo(builtIn.html());
        assertThat(overridden.render("digest", SampleModels.digest())).isEqualTo(renderer.render("digest", SampleModels.digest()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}",
            "${group?api.getClass()}",
            "<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>${o(\"java.io.File\", \"x\")}"})
    void refusesNewAndApiInOverrideTemplates(String hostileTemplate, @TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("agenda-subject.ftl"), hostileTemplate);
        TemplateRenderer overridden = new TemplateRenderer(overrides);

        assertThatThrownBy(() -> overridden.render("agenda", SampleModels.agenda()))
                .isInstanceOf(TemplateFailure.class)
                .hasMessageContaining("agenda-subject.ftl")
                .hasMessageContaining("subject");
    }

    @Test
    void aBrokenTemplateFailsNamingTheFileAndPart(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("digest-html.ftlh"), "<#if>");

        assertThatThrownBy(() -> new TemplateRenderer(overrides).render("digest", SampleModels.digest()))
                .isInstanceOf(TemplateFailure.class)
                .hasMessageContaining("digest-html.ftlh")
                .hasMessageContaining("html");
    }

    @Test
    void aMissingTemplateFailsNamingTheFile() {
        assertThatThrownBy(() -> renderer.render("no-such-email", SampleModels.agenda()))
                .isInstanceOf(TemplateFailure.class)
                .hasMessageContaining("no-such-email-subject.ftl");
    }

    @Test
    void whatSendersWroteIsLiteralInTextAndEscapedInHtml() {
        AgendaModel sample = SampleModels.agenda();
        MeetingView meeting = sample.meeting();
        AgendaItemView hostileItem = new AgendaItemView("R9", HOSTILE, "accepted", HOSTILE, 10, null, HOSTILE, null);
        MeetingView hostileMeeting = new MeetingView(meeting.id(), meeting.kind(), HOSTILE, meeting.status(),
                meeting.startLocal(), meeting.startShort(), meeting.startUtc(), meeting.endLocal(),
                meeting.durationMinutes(), null, List.of(hostileItem), List.of(new ApologyView(HOSTILE, "x@y.test", HOSTILE)));
        AgendaModel model = new AgendaModel(sample.group(), hostileMeeting,
                List.of(new ActionView("A9", HOSTILE, HOSTILE, "x@y.test", "open", null, 0, HOSTILE)),
                List.of(hostileItem), sample.replyAddress(), sample.examples());

        RenderedEmail email = renderer.render("agenda", model);

        assertThat(email.subject()).contains(HOSTILE);
        assertThat(email.text()).contains(HOSTILE).doesNotContain("49");
        assertThat(email.html())
                .doesNotContain("<script>", "<#assign", "49")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "${7*7}", "&amp; &quot;quoted&quot;");
    }

    @Test
    void builtInTemplatesNeverUnescapeOrEvaluate() throws IOException {
        try (var files = Files.list(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ftlh?$")).toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("?no_esc", "?interpret", "?eval", "?new", "?api", "noautoesc");
            }
        }
    }

    @Test
    void textPartsDeclarePlainTextOutput() throws IOException {
        try (var files = Files.list(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).startsWith("<#ftl output_format=\"plainText\">");
            }
        }
    }

    @Test
    void hostileReplySubjectsStayLiteral() {
        assertThat(replySubject("${7*7} <#if>\r\nBcc: victim@example.test"))
                .isEqualTo("Re: [SSR2] ${7*7} <#if> Bcc: victim@example.test");
    }

    @Test
    void printsTheSampleAgendaAndDigestForAReviewer() {
        for (String id : List.of("agenda", "digest")) {
            RenderedEmail email = renderer.render(id, SampleModels.forTemplate(id));
            System.out.println("Subject: " + email.subject() + "\n\n" + email.text() + "\n");
        }
    }

    private String subjectOf(String templateId) {
        return renderer.render(templateId, SampleModels.forTemplate(templateId)).subject();
    }

    private String replySubject(String original) {
        ReplyModel sample = SampleModels.confirmation();
        return renderer.render("confirmation", new ReplyModel(sample.group(), sample.recipientName(), original,
                sample.changes(), sample.errors(), sample.suggestions())).subject();
    }
}
