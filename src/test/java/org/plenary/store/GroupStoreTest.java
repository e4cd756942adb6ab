package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;

class GroupStoreTest extends StoreTestSupport {

    @Test
    void savingTheSameGroupTwiceKeepsOneRowPerMember() {
        use(tx -> tx.groups().save(DEMO, NOW.plusSeconds(60)));

        assertThat(committed().groups().members(GROUP)).hasSize(DEMO.members().size());
        assertThat(count("SELECT COUNT(*) FROM groups")).isEqualTo(1);
    }

    @Test
    void aRemovedMemberBecomesInactiveButKeepsTheirName() {
        List<Member> withoutNoor = DEMO.members().stream().filter(m -> !m.email().equals("noor@ssr2.test")).toList();

        use(tx -> tx.groups().save(group(GROUP, withoutNoor), NOW));

        // Old apologies and actions still name Noor, so the row stays and only stops being active.
        assertThat(committed().groups().nameOf(GROUP, "noor@ssr2.test")).contains("Noor Haddad");
        assertThat(count("SELECT COUNT(*) FROM members WHERE email = 'noor@ssr2.test' AND NOT active")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM members WHERE active")).isEqualTo(withoutNoor.size());
    }

    @Test
    void aMemberWhoComesBackIsActiveAgain() {
        use(tx -> tx.groups().save(group(GROUP, List.of()), NOW));
        use(tx -> tx.groups().save(DEMO, NOW));

        assertThat(count("SELECT COUNT(*) FROM members WHERE NOT active")).isZero();
    }

    @Test
    void aliasesAndTimeZonesRoundTrip() {
        Member larisa = committed().groups().members(GROUP).stream()
                .filter(m -> m.email().equals("larisa@ssr2.test")).findFirst().orElseThrow();

        assertThat(larisa.aliases()).containsExactly("larisa.n@mail.test");
        assertThat(larisa.timezone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(committed().groups().members(GROUP)).containsExactlyInAnyOrderElementsOf(DEMO.members());
    }

    @Test
    void aGroupWithoutAListIsSaved() {
        GroupDefinition noList = new GroupDefinition("quiet", DEMO.name(), "QUIET", "secretariat@quiet.test", null,
                DEMO.timezone(), DEMO.dateOrder(), DEMO.agendaLead(), DEMO.digestDay(), DEMO.digestTime(), List.of(),
                List.of(), List.of(), List.of());

        use(tx -> tx.groups().save(noList, NOW));

        assertThat(count("SELECT COUNT(*) FROM groups WHERE id = 'quiet' AND list_address IS NULL")).isEqualTo(1);
    }

    @Test
    void aGroupExistsOnceSaved() {
        assertThat(committed().groups().exists(GROUP)).isTrue();
        assertThat(committed().groups().exists("other")).isFalse();
    }
}
