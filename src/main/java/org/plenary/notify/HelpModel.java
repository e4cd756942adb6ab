package org.plenary.notify;

/**
 * The model of the {@code help} reply.
 *
 * @param role chair, staff, member or observer: decides which commands are explained
 * @param originalSubject the subject of the HELP email, as received (may be blank)
 * @param examples the group's own meetings, actions and people the commands are shown with
 * @param lastNote said in the last reply the loop limit allows for a while, else null
 */
public record HelpModel(GroupView group, String recipientName, String role, String originalSubject,
                        ReplyExamples examples, String lastNote) {

    public HelpModel(GroupView group, String recipientName, String role, String originalSubject,
                     ReplyExamples examples) {
        this(group, recipientName, role, originalSubject, examples, null);
    }
}
