package org.plenary.store;

import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** One open transaction and the repositories bound to it. Not thread-safe; lives for one unit of work. */
public final class StoreTransaction {
    private final Handle handle;
    private final UndoJournal journal;
    // One each for the transaction: they keep what they read, which a batch of emails asks for once per email (the
    // members; a sender's recent replies and how many their limits count; the meetings from now on, until one is
    // written), until a savepoint is rolled back.
    private final GroupRepository groups;
    private final Outbox outbox;
    private final ReplyLimits replyLimits;
    private final MeetingRepository.Kept meetings = new MeetingRepository.Kept();

    StoreTransaction(Handle handle) {
        this.handle = handle;
        this.journal = new UndoJournal(handle, kind -> {
            if (kind == EntityKind.MEETING) {
                meetings.forget();
            }
        });
        this.groups = new GroupRepository(handle);
        this.outbox = new Outbox(handle);
        this.replyLimits = new ReplyLimits(handle);
    }

    public GroupRepository groups() { return groups; }

    public MeetingRepository meetings() { return new MeetingRepository(handle, journal, meetings); }

    public AgendaRepository agenda() { return new AgendaRepository(handle, journal); }

    public ApologyRepository apologies() { return new ApologyRepository(handle, journal); }

    public DecisionRepository decisions() { return new DecisionRepository(handle, journal); }

    public AttendanceRepository attendance() { return new AttendanceRepository(handle, journal); }

    public ActionRepository actions() { return new ActionRepository(handle, journal); }

    public ChangeLog changes() { return new ChangeLog(handle); }

    public Ledger ledger() { return new Ledger(handle); }

    public HeldEmails held() { return new HeldEmails(handle); }

    public Outbox outbox() { return outbox; }

    public ScheduleLog schedule() { return new ScheduleLog(handle); }

    public ReplyLimits replyLimits() { return replyLimits; }

    /**
     * What {@code work} returns, with everything it wrote taken back: how an email would change the store, to
     * tell its sender before they confirm it.
     */
    public <T> T tentatively(Supplier<T> work) {
        String savepoint = "tentative";
        handle.savepoint(savepoint);
        try {
            return work.get();
        } finally {
            handle.rollbackToSavepoint(savepoint); // which also forgets it
            forgetKept();
        }
    }

    /**
     * What {@code work} returns, or empty when it threw: then everything it wrote is taken back and the transaction
     * goes on as it was before (several emails in one transaction, one of which fails).
     */
    public <T> Optional<T> attempt(Supplier<T> work) {
        String savepoint = "attempt";
        handle.savepoint(savepoint);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException failed) {
            handle.rollbackToSavepoint(savepoint);
            forgetKept();
            return Optional.empty();
        }
        handle.releaseSavepoint(savepoint);
        return Optional.of(result);
    }

    /** What the repositories kept may have been taken back with the savepoint. */
    private void forgetKept() {
        groups.forget();
        outbox.forget();
        replyLimits.forget();
        meetings.forget();
    }

    public UndoLog undoLog() { return new UndoLog(handle, journal); }

    public AccessTokens accessTokens() { return new AccessTokens(handle); }

    public FeedKeyRows feedKeys() { return new FeedKeyRows(handle); }

    /** Who was at which meetings of a period, and who sent apologies: the desk's attendance table. */
    public AttendanceCounts attendanceCounts() { return new AttendanceCounts(handle); }
}
