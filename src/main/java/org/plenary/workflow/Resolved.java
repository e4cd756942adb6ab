package org.plenary.workflow;

import java.time.Instant;
import java.util.List;

/**
 * What a command was resolved to as its family applied it: the absent member's and the owner's addresses, the
 * meeting ids, the action item and agenda request ids, a new start and the id a meeting moved to. A value stays
 * null until the family got that far, so a refused command shows what was resolved before the refusal.
 * {@code actions} are the action items created by notes, in the order of the notes' ACTION lines.
 */
public record Resolved(String member, List<String> meetings, String meeting, String owner, String action,
                       String request, Instant start, String movedTo, List<Resolved> actions) {

    /** What the change log files a change under: the action item, else the meeting, else the first meeting. */
    String ref() {
        if (action != null) {
            return action;
        }
        if (meeting != null) {
            return meeting;
        }
        return meetings == null || meetings.isEmpty() ? null : meetings.get(0);
    }

    /** Filled in by a command's family, step by step; one per command. */
    static final class Builder {
        private String member;
        private List<String> meetings;
        private String meeting;
        private String owner;
        private String action;
        private String request;
        private Instant start;
        private String movedTo;
        private List<Resolved> actions;

        Builder member(String email) {
            this.member = email;
            return this;
        }

        Builder meetings(List<String> ids) {
            this.meetings = List.copyOf(ids);
            return this;
        }

        Builder meeting(String id) {
            this.meeting = id;
            return this;
        }

        Builder owner(String email) {
            this.owner = email;
            return this;
        }

        Builder action(String id) {
            this.action = id;
            return this;
        }

        Builder request(String id) {
            this.request = id;
            return this;
        }

        Builder start(Instant instant) {
            this.start = instant;
            return this;
        }

        Builder movedTo(String id) {
            this.movedTo = id;
            return this;
        }

        Builder actions(List<Resolved> created) {
            this.actions = List.copyOf(created);
            return this;
        }

        Resolved build() {
            return new Resolved(member, meetings, meeting, owner, action, request, start, movedTo, actions);
        }
    }
}
