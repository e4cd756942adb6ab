package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code confirmation} and {@code error} replies.
 *
 * @param originalSubject the subject of the email answered, as received (may be blank)
 * @param changes what was changed, one sentence each
 * @param errors what was not understood or not allowed, one sentence each
 * @param suggestions what would work instead, e.g. closest action ids or meetings
 * @param lastNote said in the last error reply the loop limit allows for a while, else null
 */
public record ReplyModel(
        GroupView group,
        String recipientName,
        String originalSubject,
        List<String> changes,
        List<String> errors,
        List<String> suggestions,
        String lastNote) {

    public ReplyModel(GroupView group, String recipientName, String originalSubject, List<String> changes,
                      List<String> errors, List<String> suggestions) {
        this(group, recipientName, originalSubject, changes, errors, suggestions, null);
    }

    public ReplyModel {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
        suggestions = List.copyOf(suggestions);
    }
}
