package org.plenary.group;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupFileReaderTest {
    private static final Path DEMO = Path.of("examples/ssr2/group.yaml");
    private final GroupFileReader reader = new GroupFileReader();

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(GroupFileReaderTest.class.getResource("/group/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheDemoGroupWithTheSeedsTeam() {
        GroupDefinition group = reader.read(DEMO);

        assertThat(group.id()).isEqualTo("ssr2");
        assertThat(group.tag()).isEqualTo("SSR2");
        assertThat(group.address()).isEqualTo("secretariat@ssr2.test");
        assertThat(group.list()).isEqualTo("ssr2-review@ssr2.test");
        assertThat(group.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(group.dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(group.agendaLead()).isEqualTo(Duration.ofDays(2));
        assertThat(group.digestDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(group.digestTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(group.members()).extracting(Member::email).containsExactly("amara@ssr2.test", "lars@ssr2.test",
                "larisa@ssr2.test", "jennifer@ssr2.test", "noor@ssr2.test", "kaveh@ssr2.test", "zoe@ssr2.test",
                "denise@ssr2.test", "obs@ssr2.test");
        assertThat(group.members()).extracting(Member::role).containsExactly(Role.CHAIR, Role.CHAIR, Role.STAFF, Role.STAFF,
                Role.MEMBER, Role.MEMBER, Role.MEMBER, Role.MEMBER, Role.OBSERVER);
        Member larisa = group.memberByAddress("Larisa.N@mail.test").orElseThrow();
        assertThat(larisa.email()).isEqualTo("larisa@ssr2.test");
        assertThat(larisa.timezone()).isEqualTo(ZoneId.of("Europe/Rome"));

        SeriesDefinition coordination = group.series().get(1);
        assertThat(coordination.kind()).isEqualTo("coordination");
        assertThat(coordination.times()).containsExactly(LocalTime.of(11, 0));
        assertThat(coordination.attendees()).containsExactly(Role.CHAIR, Role.STAFF);
        assertThat(coordination.standingItems()).containsExactly("Review of agenda topics", "Review outstanding actions/requests", "AOB");
        assertThat(group.series().get(0).duration()).isEqualTo(Duration.ofMinutes(90));

        assertThat(group.meetings()).extracting(MeetingDefinition::start).containsExactly(
                LocalDateTime.of(2017, 6, 25, 10, 0), LocalDateTime.of(2017, 6, 26, 15, 0), LocalDateTime.of(2017, 6, 27, 16, 0));
        assertThat(group.meetings().get(0).timezone()).isEqualTo(ZoneId.of("Africa/Johannesburg"));
        assertThat(group.meetings().get(2).timezone()).isNull();
        assertThat(group.actions()).extracting(ActionDefinition::owner)
                .containsExactly("jennifer@ssr2.test", "larisa@ssr2.test", "jennifer@ssr2.test", "larisa@ssr2.test");
    }

    @Test
    void readsTheAcceptanceGroupLikeTheDemoApartFromDetails() {
        GroupDefinition acceptance = reader.read(fixture("acceptance-group.yaml"));
        GroupDefinition demo = reader.read(DEMO);

        // The demo adds Larisa's time zone (PRODUCT.md 3.3); the acceptance file leaves it out.
        assertThat(acceptance.members()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("timezone")
                .isEqualTo(demo.members());
        assertThat(acceptance.meetings()).isEqualTo(demo.meetings());
        assertThat(acceptance.actions()).isEqualTo(demo.actions());
        assertThat(acceptance.series().get(0)).isEqualTo(demo.series().get(0));
        assertThat(acceptance.series().get(1).standingItems()).isEmpty();
    }

    @Test
    void fillsInTheDefaultsOfAMinimalFile() {
        GroupDefinition group = reader.read(fixture("minimal.yaml"));

        assertThat(group.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(group.dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(group.agendaLead()).isEqualTo(Duration.ofDays(2));
        assertThat(group.digestDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(group.digestTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(group.list()).isNull();
        assertThat(group.members().get(0).email()).isEqualTo("ann@tiny.test");
        assertThat(group.series()).isEmpty();
        assertThat(group.meetings()).isEmpty();
        assertThat(group.actions()).isEmpty();
    }

    @Test
    void turnsTheDigestOffWhenTheFileSaysOff() {
        GroupDefinition group = reader.read(fixture("digest-off.yaml"));

        assertThat(group.digestDay()).isNull();
        assertThat(group.digestTime()).isNull();
    }

    @Test
    void aOneOffMeetingTakesTheStandingItemsOfTheSeriesOfItsKind() {
        GroupDefinition group = reader.read(fixture("one-off-plenary.yaml"));

        MeetingDefinition extra = group.meetings().get(0);
        assertThat(extra.title()).isEqualTo("Plenary");
        assertThat(extra.standingItems()).containsExactly("Apologies", "AOB");
        assertThat(extra.attendees()).containsExactly(Role.CHAIR);
        assertThat(group.meetings().get(1).standingItems()).isEmpty();
    }

    @Test
    void carriesOverAnActionWhoseOwnerIsOutsideTheGroup() {
        GroupDefinition group = reader.read(fixture("unknown-owner.yaml"));
        assertThat(group.actions()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("bob@tiny.test"));
    }

    @Test
    void readsSeveralFilesFromOneSetting() {
        List<GroupDefinition> groups = reader.readAll(DEMO + ", " + fixture("minimal.yaml"));

        assertThat(groups).extracting(GroupDefinition::id).containsExactly("ssr2", "tiny");
    }

    @Test
    void refusesTwoFilesWithTheSameGroupId() {
        assertThatThrownBy(() -> reader.readAll(fixture("minimal.yaml") + "," + fixture("same-id-as-minimal.yaml")))
                .isInstanceOf(GroupFileException.class)
                .hasMessageContaining("same-id-as-minimal.yaml")
                .hasMessageContaining("group.id")
                .hasMessageContaining("tiny");
    }

    @Test
    void refusesAnEmptySetting() {
        assertThatThrownBy(() -> reader.readAll(" "))
                .isInstanceOf(GroupFileException.class)
                .hasMessageContaining("PLENARY_GROUP_FILE");
    }

    @Test
    void readsTheQuorumTheRemindersAndThePlaces() {
        GroupDefinition group = reader.read(Path.of("src/test/resources/desk/group.yaml"));

        assertThat(group.quorum().required(6)).isEqualTo(6);
        assertThat(Quorum.parse("50%").required(7)).isEqualTo(4);
        assertThat(group.reminders()).isEqualTo(new Reminders(java.time.Duration.ofDays(2), java.time.Duration.ofDays(3)));
        assertThat(group.places().of("plenary", java.time.Instant.parse("2017-06-20T13:00:00Z")))
                .isEqualTo(new Place("ICANN Adobe Connect room", "https://meet.ssr2.test/plenary"));
        assertThat(group.places().of("briefing", java.time.Instant.parse("2017-06-25T08:00:00Z"))).isEqualTo(Place.NONE);
        assertThat(reader.read(fixture("minimal.yaml")).quorum()).isNull();
    }
}
