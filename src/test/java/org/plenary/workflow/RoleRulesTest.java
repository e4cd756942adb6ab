package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.commands;
import static org.plenary.workflow.Explained.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.store.MeetingStatus;

/**
 * Who may do what (PRODUCT.md 1 and 4): members up request agenda items; chairs and staff decide on them, run
 * meetings and record notes; owners, chairs and staff update action items; observers send apologies only; unknown
 * senders change nothing. Kaveh made R1; A5 belongs to Noor (A1 to A4 are the demo group's).
 */
class RoleRulesTest {

    @ParameterizedTest(name = "{0} ({1}): \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            kaveh@ssr2.test  | member   | AGENDA: Budget overview (10 min) for the plenary on 4 July | allowed |
            larisa@ssr2.test | staff    | AGENDA: Budget overview (10 min) for the plenary on 4 July | allowed |
            obs@ssr2.test    | observer | AGENDA: Budget overview (10 min) for the plenary on 4 July | refused | only chairs and staffs and members can request agenda items
            obs@ssr2.test    | observer | Apologies for the plenary on 4 July                        | allowed |
            kaveh@ssr2.test  | member   | ACCEPT R1                                                  | refused | only chairs and staffs can decide on agenda requests
            larisa@ssr2.test | staff    | ACCEPT R1                                                  | allowed |
            amara@ssr2.test  | chair    | DECLINE R1 out of scope                                    | allowed |
            noor@ssr2.test   | member   | CONFIRM plenary 4 July                                     | refused | only chairs and staffs can confirm meetings
            noor@ssr2.test   | member   | CANCEL plenary 4 July: travel                              | refused | only chairs and staffs can cancel meetings
            noor@ssr2.test   | member   | SCHEDULE outreach 6 July 16:00 UTC 60 min                  | refused | only chairs and staffs can schedule meetings
            noor@ssr2.test   | member   | MOVE plenary 11 July TO 12 July 14:00                      | refused | only chairs and staffs can move meetings
            jennifer@ssr2.test | staff  | MOVE plenary 11 July TO 12 July 14:00                      | allowed |
            noor@ssr2.test   | member   | A5 done                                                    | allowed |
            noor@ssr2.test   | member   | A2 done                                                    | refused | A2 belongs to Larisa Novak; only its owner, chairs and staff can update it
            lars@ssr2.test   | chair    | A2 done                                                    | allowed |
            obs@ssr2.test    | observer | A1 done                                                    | refused | only its owner, chairs and staff can update it
            noor@ssr2.test   | member   | ACTION: I will draft the outreach slides                   | allowed |
            noor@ssr2.test   | member   | ACTION: Larisa to send the slides                          | refused | members can create action items for themselves only
            amara@ssr2.test  | chair    | ACTION: Kaveh to send the slides                           | allowed |
            obs@ssr2.test    | observer | ACTION: I will take the minutes                            | refused | observers can send apologies only
            noor@ssr2.test   | member   | Apologies from Kaveh for the plenary on 4 July             | refused | only chairs and staff can send apologies on behalf of someone else
            """)
    void appliesTheRoleRules(String from, String role, String sentence, String verdict, String error) {
        try (Explainer plenary = Explainer.ssr2()) {
            plenary.receive("kaveh@ssr2.test", "Request", "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June");
            plenary.receive("larisa@ssr2.test", "Action", "ACTION: Noor to draft the outreach plan");
            JsonNode explained = plenary.explain(from, "Hello", sentence);
            assertThat(explained.get("role").asText()).isEqualTo(role);
            assertThat(commands(explained)).as(explained.toPrettyString()).hasSize(1);
            if (verdict.equals("allowed")) {
                assertThat(errors(explained)).as(explained.toPrettyString()).isEmpty();
                assertThat(explained.get("reply").asText()).isEqualTo("confirmation");
            } else {
                assertThat(commands(explained).get(0).get("error")).as(explained.toPrettyString()).asString().contains(error);
                assertThat(explained.get("reply").asText()).isEqualTo("error");
            }
        }
    }

    @Test
    void anUnknownSenderChangesNothingAndHearsNothingBack() {
        try (Explainer plenary = Explainer.ssr2()) {
            JsonNode explained = plenary.explain("stranger@elsewhere.test", "Cancel", "CANCEL plenary 4 July: no quorum");
            assertThat(explained.get("member").isNull()).isTrue();
            assertThat(commands(explained)).isEmpty();
            assertThat(explained.get("reply").asText()).isEqualTo("none");
            assertThat(explained.get("outcome").asText()).isEqualTo("rejected");

            Receipt receipt = plenary.receive("stranger@elsewhere.test", "Cancel", "CANCEL plenary 4 July: no quorum");
            assertThat(receipt.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(plenary.database().inTransaction(tx -> tx.meetings().find("ssr2", "plenary-2017-07-04")).orElseThrow()
                    .status()).isEqualTo(MeetingStatus.TENTATIVE);
            List<?> outbox = plenary.database().inTransaction(tx -> tx.outbox().recent("ssr2", 10));
            assertThat(outbox).isEmpty();
        }
    }
}
