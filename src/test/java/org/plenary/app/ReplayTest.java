package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.PlenaryException;
import org.plenary.group.ActionStatus;
import org.plenary.intake.MailReader;
import org.plenary.store.LedgerEntry;
import org.plenary.workflow.Outcome;

class ReplayTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void aRejectedEmailAppliesWhenReplayedAfterTheDataIsFixed() {
        app.send("noor@ssr2.test", "update", "A5 done");
        app.awaitLedger(1);
        LedgerEntry rejected = latest();
        assertThat(rejected.outcome()).isEqualTo("rejected");

        app.send("larisa@ssr2.test", "new action", "ACTION: Noor to check the registry framework notes");
        app.awaitLedger(2);
        var receipt = app.plenary().secretariat().replay(rejected.emailNo(), new MailReader()::read);

        assertThat(receipt.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(app.database().inTransaction(tx -> tx.actions().find("ssr2", "A5")).orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
    }

    @Test
    void anAppliedEmailIsNeverReplayed() {
        app.send("noor@ssr2.test", "apology", "Apologies for the plenary on 4 July");
        app.awaitLedger(1);
        long applied = latest().emailNo();

        assertThatThrownBy(() -> app.plenary().secretariat().replay(applied, new MailReader()::read))
                .isInstanceOf(PlenaryException.class).hasMessageContaining("apply it twice");
    }

    private LedgerEntry latest() {
        return app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 1).get(0));
    }
}
