package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code question} reply: an email that could mean more than one thing, and the candidates it
 * could mean, numbered, so one line answers it.
 *
 * @param originalSubject the subject of the email asked about, as received (may be blank)
 * @param doubt what is unclear, in a sentence ("Your email could mean more than one meeting on Tuesday 27 June")
 * @param choices the candidates, in the order their numbers answer them
 * @param expiresIn how long the question waits for an answer, in words ("72 hours")
 * @param lastNote said in the last reply the loop limit allows for a while, else null
 */
public record QuestionModel(GroupView group, String recipientName, String originalSubject, String doubt,
                            List<String> choices, String expiresIn, String lastNote) {

    public QuestionModel {
        choices = List.copyOf(choices);
    }
}
