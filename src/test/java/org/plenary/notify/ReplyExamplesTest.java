package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.store.ActionItem;
import org.plenary.store.Database;
import org.plenary.workflow.GroupSync;
import org.junit.jupiter.api.Test;

/** The examples an email teaches with are the group's own: its meetings, open action items and people. */
class ReplyExamplesTest {
    private static final List<String> DEMO = List.of("SSR2", "Noor", "Larisa", "Amara", "Jennifer", "Kaveh", "A7", "R3",
            " 4 July", " 11 July", "Johannesburg", "DNS Abuse"); // with a space: "14 July" is not the demo's day
    private final TemplateRenderer renderer = new TemplateRenderer(null);

    @Test
    void aGroupWithoutMeetingsOrActionsIsTaughtWithItsOwnMemberAndTheIdOfItsFirstAction() throws Exception {
        GroupDefinition tiny = group("minimal.yaml");
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        ReplyExamples examples = examples(tiny, "ann@tiny.test", now);

        assertThat(examples.hasMeeting()).isFalse();
        assertThat(examples.meetingDay()).isEqualTo("9 March");
        assertThat(examples.hasOpenAction()).isFalse();
        assertThat(examples.action()).isEqualTo("A1");
        assertThat(examples.member()).isEqualTo("Ann");
        assertThat(examples.suggestions("no meetings are scheduled")).containsExactly("HELP", "no meetings are scheduled");
        RenderedEmail help = renderer.render("help", new HelpModel(GroupView.of(tiny), "Ann Chair", "chair", "help", examples));
        assertThat(help.text()).contains("A1 done", "ACTION: Ann to circulate the draft by 16 March",
                "CONFIRM meeting 9 March", "Apologies for the meeting on Monday 9 March");
        assertThat(DEMO).noneMatch(demo -> help.text().contains(demo) || help.html().contains(demo));
    }

    @Test
    void aGroupIsTaughtWithItsNextMeeting() throws Exception {
        GroupDefinition tiny = group("one-off-plenary.yaml");

        ReplyExamples examples = examples(tiny, null, Instant.parse("2017-07-05T09:00:00Z"));

        assertThat(examples.hasMeeting()).isTrue();
        assertThat(examples.suggestions("upcoming meetings: …")).containsExactly("Apologies for the plenary on 6 July",
                "AGENDA: title (30 min) for the plenary on 6 July", "HELP", "upcoming meetings: …");
        RenderedEmail help = renderer.render("help", new HelpModel(GroupView.of(tiny), "Ann Chair", "chair", "help", examples));
        assertThat(help.text()).contains("Apologies for the plenary on Thursday 6 July", "CONFIRM plenary 6 July",
                "SCHEDULE plenary 13 July 13:00 UTC 60 min", "a date (\"6 July\",", "\"2017-07-06\")");
        assertThat(DEMO).noneMatch(demo -> help.text().contains(demo) || help.html().contains(demo));
    }

    @Test
    void aMemberIsTaughtWithTheirOwnOpenActionItem() throws Exception {
        GroupDefinition ssr2 = new GroupFileReader().read(Path.of("examples/ssr2/group.yaml"));
        Instant now = Instant.parse("2017-07-02T12:00:00Z");
        try (Database database = store(ssr2, now)) {
            List<ActionItem> open = database.inTransaction(tx -> tx.actions().open("ssr2")).stream()
                    .sorted(Comparator.comparingInt(ActionItem::number)).toList();
            ActionItem owned = open.get(open.size() - 1);
            String owner = owned.owner();

            ReplyExamples forOwner = database.inTransaction(tx -> ReplyExamples.of(tx, ssr2, owner, now));
            ReplyExamples forTheList = database.inTransaction(tx -> ReplyExamples.of(tx, ssr2, null, now));

            assertThat(forOwner.action()).isEqualTo(open.stream().filter(a -> a.owner().equals(owner)).findFirst()
                    .orElseThrow().id());
            assertThat(forOwner.member()).isEqualTo(ssr2.memberByAddress(owner).orElseThrow().firstName());
            assertThat(forTheList.action()).isEqualTo(open.get(0).id());
            assertThat(forTheList.meetingKind() + " " + forTheList.meetingDay()).isEqualTo("plenary 4 July");
        }
    }

    private static ReplyExamples examples(GroupDefinition group, String reader, Instant now) {
        try (Database database = store(group, now)) {
            return database.inTransaction(tx -> ReplyExamples.of(tx, group, reader, now));
        }
    }

    private static Database store(GroupDefinition group, Instant now) {
        Database database = Database.open("jdbc:h2:mem:examples-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new GroupSync(database, Clock.fixed(now, ZoneOffset.UTC)).sync(group);
        return database;
    }

    private static GroupDefinition group(String name) throws Exception {
        return new GroupFileReader().read(Path.of(Objects.requireNonNull(
                ReplyExamplesTest.class.getResource("/group/" + name), name).toURI()));
    }
}
