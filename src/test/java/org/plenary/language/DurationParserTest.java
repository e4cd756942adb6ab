package org.plenary.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTest {

    final DurationParser durations = new DurationParser();

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {"30 min|30", "30 mins|30", "30 minutes|30", "1h|60", "1 hour|60", "90m|90",
            "1.5 hours|90", "(15 min)|15", "2 hrs|120", "1h30|90", "1,5 h|90", "a 45 minute slot|45"})
    void readsMinutesAndHours(String text, int minutes) {
        assertThat(durations.find(text)).get().extracting(DurationParser.Duration::minutes).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" holds no duration")
    @ValueSource(strings = {"4 July", "13:00", "15h00", "A7 done", "the 3 members", "0 min", "30 mingles"})
    void findsNoDurationInOtherNumbers(String text) {
        assertThat(durations.find(text)).isEmpty();
    }
}
