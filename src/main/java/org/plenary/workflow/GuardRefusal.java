package org.plenary.workflow;

/** Why a guard stopped an email before anything in it was read, and what the ledger calls that. */
record GuardRefusal(Kind kind, String reason) {

    /** Machine and own mail is ignored; strangers and failed authentication are rejected. */
    enum Kind {
        OWN_MAIL(Outcome.IGNORED), MACHINE_MAIL(Outcome.IGNORED), UNKNOWN_SENDER(Outcome.REJECTED),
        NOT_AUTHENTICATED(Outcome.REJECTED);

        private final Outcome outcome;

        Kind(Outcome outcome) {
            this.outcome = outcome;
        }
    }

    Outcome outcome() {
        return kind.outcome;
    }
}
