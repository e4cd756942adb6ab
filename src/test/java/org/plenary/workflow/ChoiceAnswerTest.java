package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which candidate a one-line answer to "did you mean 1) … 2) …" picks (issue 9). */
class ChoiceAnswerTest {
    private static final List<Choice> PLENARIES = List.of(
            new Choice("plenary-2017-06-20", "SSR2 Plenary Call, Tue 20 Jun 13:00 UTC (plenary-2017-06-20)"),
            new Choice("plenary-2017-06-27", "SSR2 Plenary Call, Tue 27 Jun 13:00 UTC (plenary-2017-06-27)"));

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            1                    | plenary-2017-06-20
            option 2             | plenary-2017-06-27
            the 20th             | plenary-2017-06-20
            20 June              | plenary-2017-06-20
            27 Jun.              | plenary-2017-06-27
            June 27              | plenary-2017-06-27
            Tuesday the 27th     | plenary-2017-06-27
            the 21st             | none
            20 July              | none
            3                    | none
            the plenary          | none
            yes                  | none
            """)
    void picksTheCandidateTheLineNames(String line, String meeting) {
        assertThat(ChoiceAnswer.pick(line, PLENARIES).map(Choice::id).orElse(null)).isEqualTo(meeting);
    }
}
