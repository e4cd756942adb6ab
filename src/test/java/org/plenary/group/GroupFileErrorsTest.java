package org.plenary.group;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.group.GroupFileReaderTest.fixture;

/** Each mistake a secretariat may make is reported with the file and the field to fix. */
class GroupFileErrorsTest {
    private final GroupFileReader reader = new GroupFileReader();

    @ParameterizedTest(name = "{0} is reported at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-name.yaml        | group.name             | is required
            bad-zone.yaml            | group.timezone         | 'Europe/Atlantis' is not a time zone
            bad-tag.yaml             | group.tag              | is not a subject tag
            bad-group-id.yaml        | group.id               | 'Tiny Board' is not a group id
            bad-rrule.yaml           | series[0].rrule        | not an RFC 5545 RRULE
            hourly-rrule.yaml        | series[0].rrule        | the times of day go in 'times'
            count-without-start.yaml | series[0].rrule        | COUNT needs a 'start'
            no-times.yaml            | series[0].times        | needs at least one time
            unknown-key.yaml         | series[0].standing-item | unknown key 'standing-item'
            duplicate-alias.yaml     | members[1].aliases     | 'ann@home.test' is already an address of Ann Chair
            no-chair.yaml            | members                | at least one chair or staff
            bad-email.yaml           | members[0].email       | is not an email address
            bad-role.yaml            | members[0].role        | 'president' is not a role
            bad-start.yaml           | meetings[0].start      | is not a local start
            broken-yaml.yaml         | not valid YAML         | line
            duplicate-key.yaml       | not valid YAML         | role
            bad-quorum.yaml          | group.quorum           | 'most' is not a number such as 6
            bad-join-url.yaml        | series[0].join-url     | is not an http or https address
            bad-reminders.yaml       | group.reminders.before-due | is not an ISO-8601 duration
            """)
    void reportsTheFileAndTheField(String file, String field, String problem) {
        assertThatThrownBy(() -> reader.read(fixture(file)))
                .isInstanceOf(GroupFileException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(field)
                .hasMessageContaining(problem);
    }

    @Test
    void reportsAMissingFileByName() {
        assertThatThrownBy(() -> reader.read(Path.of("no/such/group.yaml")))
                .isInstanceOf(GroupFileException.class)
                .hasMessageContaining("no/such/group.yaml")
                .hasMessageContaining("no such group file");
    }
}
