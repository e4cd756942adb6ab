package org.plenary.workflow;

import java.util.List;
import org.plenary.language.CommandKind;

/**
 * The fifth stage: what became of an email and which reply it earns, decided from what was understood and what
 * was applied alone. A pure function, so the whole decision reads (and is tested) as one table.
 */
record Verdict(Outcome outcome, ReplyKind reply, String reason) {

    /**
     * The facts the verdict rests on: were there commands, unreadable lines, changes made, commands refused, a
     * request for help or status, did the email come through the mailing list, and does it answer one of Plenary's
     * own emails that needed no answer (a confirmation, a notice, an agenda: "thanks" to those is no question).
     */
    record Facts(boolean commands, boolean errors, boolean changed, boolean refused, boolean help, boolean status,
                 boolean viaList, boolean answersOurs) {

        Facts(boolean commands, boolean errors, boolean changed, boolean refused, boolean help, boolean status,
              boolean viaList) {
            this(commands, errors, changed, refused, help, status, viaList, false);
        }

        static Facts of(Understood understood, List<Effect> effects, boolean viaList, boolean answersOurs) {
            return new Facts(!understood.commands().isEmpty(), !understood.errors().isEmpty(),
                    effects.stream().anyMatch(Effect::changed), effects.stream().anyMatch(Effect::failed),
                    effects.stream().anyMatch(e -> e.kind() == CommandKind.HELP),
                    effects.stream().anyMatch(e -> e.kind() == CommandKind.STATUS), viaList, answersOurs);
        }

        boolean failed() {
            return errors || refused;
        }
    }

    static Verdict of(Facts facts) {
        return new Verdict(outcome(facts), reply(facts), reason(facts));
    }

    private static Outcome outcome(Facts facts) {
        if (!facts.commands() && !facts.errors()) {
            return Outcome.IGNORED;
        }
        if (!facts.failed()) {
            return Outcome.APPLIED;
        }
        return facts.changed() ? Outcome.PARTLY_APPLIED : Outcome.REJECTED;
    }

    private static String reason(Facts facts) {
        return switch (outcome(facts)) {
            case IGNORED -> facts.viaList() ? "list discussion without a command"
                    : facts.answersOurs() ? "a reply to Plenary's own email without a command" : "no command";
            case REJECTED -> "no command could be applied";
            default -> null;
        };
    }

    /**
     * A change is always confirmed; list discussion without a command gets no answer, nor does a "thanks" in reply
     * to a confirmation, a notice or an agenda; any other direct email without a command gets an error.
     */
    private static ReplyKind reply(Facts facts) {
        if (facts.changed()) {
            return ReplyKind.CONFIRMATION;
        }
        if (facts.help()) {
            return ReplyKind.HELP;
        }
        if (facts.status()) {
            return ReplyKind.STATUS;
        }
        if (!facts.commands()) {
            return facts.viaList() || (facts.answersOurs() && !facts.errors()) ? ReplyKind.NONE : ReplyKind.ERROR;
        }
        return facts.failed() ? ReplyKind.ERROR : ReplyKind.NONE;
    }
}
