package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decisions and attendance a meeting's notes recorded, as rows. */
class NotesStoreTest extends StoreTestSupport {
    private static final String JULY_4 = "plenary-2017-07-04";
    private static final String JULY_11 = "plenary-2017-07-11";
    private static final String FIRST_NOTES = "<notes1@mail.test>";
    private static final String SECOND_NOTES = "<notes2@mail.test>";

    @Test
    void decisionsAreListedInTheOrderTheyCameAndARepeatedOneOnce() {
        Decision report = new Decision(JULY_4, "The progress report goes to the SO/ACs before ICANN59", NOW, FIRST_NOTES);
        Decision rotation = new Decision(JULY_4, "Plenary calls rotate from August", NOW, FIRST_NOTES);
        use(tx -> {
            tx.decisions().record(GROUP, report);
            tx.decisions().record(GROUP, rotation);
        });
        Decision later = new Decision(JULY_4, "Outreach slides due 20 July", NOW.plusSeconds(60), SECOND_NOTES);

        boolean repeated = in(tx -> tx.decisions().record(GROUP,
                new Decision(JULY_4, report.text(), NOW.plusSeconds(60), SECOND_NOTES)));
        boolean added = in(tx -> tx.decisions().record(GROUP, later));

        assertThat(repeated).isFalse();
        assertThat(added).isTrue();
        assertThat(committed().decisions().ofMeeting(GROUP, JULY_4)).containsExactly(report, rotation, later);
        assertThat(committed().decisions().ofMeeting(GROUP, JULY_11)).isEmpty();
    }

    @Test
    void aMemberIsPresentOnceHoweverTheNotesNamedThemAndAGuestOncePerName() {
        Attendee amara = new Attendee(JULY_4, "amara@ssr2.test", "Amara", NOW, FIRST_NOTES);
        Attendee guest = new Attendee(JULY_4, null, "Steve Conte", NOW, FIRST_NOTES);
        Attendee otherGuest = new Attendee(JULY_4, null, "Jabhera", NOW, FIRST_NOTES);
        use(tx -> {
            tx.attendance().record(GROUP, amara);
            tx.attendance().record(GROUP, guest);
            tx.attendance().record(GROUP, otherGuest);
        });

        boolean amaraAgain = in(tx -> tx.attendance().record(GROUP,
                new Attendee(JULY_4, "amara@ssr2.test", "Amara Okafor", NOW.plusSeconds(60), SECOND_NOTES)));
        boolean guestAgain = in(tx -> tx.attendance().record(GROUP,
                new Attendee(JULY_4, null, "steve conte", NOW.plusSeconds(60), SECOND_NOTES)));
        Attendee noor = new Attendee(JULY_4, "noor@ssr2.test", "Noor", NOW.plusSeconds(60), SECOND_NOTES);
        boolean noorAdded = in(tx -> tx.attendance().record(GROUP, noor));

        assertThat(amaraAgain).isFalse();
        assertThat(guestAgain).isFalse();
        assertThat(noorAdded).isTrue();
        assertThat(committed().attendance().ofMeeting(GROUP, JULY_4)).containsExactly(amara, guest, otherGuest, noor);
    }

    @Test
    void theStoreItselfKeepsAMemberPresentOncePerMeeting() {
        use(tx -> tx.attendance().record(GROUP, new Attendee(JULY_4, "amara@ssr2.test", "Amara", NOW, FIRST_NOTES)));

        assertUniqueViolation(() -> execute("""
                INSERT INTO attendance (group_id, meeting_id, email, name, recorded_at, source)
                VALUES ('ssr2', 'plenary-2017-07-04', 'amara@ssr2.test', 'Amara Okafor', CURRENT_TIMESTAMP, 'x')"""));
    }

    @Test
    void aMembersAttendanceOverSeveralMeetingsIsOneQuery() {
        use(tx -> {
            tx.attendance().record(GROUP, new Attendee(JULY_4, "amara@ssr2.test", "Amara", NOW, FIRST_NOTES));
            tx.attendance().record(GROUP, new Attendee(JULY_4, null, "Steve Conte", NOW, FIRST_NOTES));
            tx.attendance().record(GROUP, new Attendee(JULY_11, "amara@ssr2.test", "Amara Okafor", NOW, SECOND_NOTES));
            tx.attendance().record(GROUP, new Attendee(JULY_11, "noor@ssr2.test", "Noor", NOW, SECOND_NOTES));
        });

        assertThat(count("""
                SELECT COUNT(*) FROM attendance WHERE group_id = 'ssr2' AND email = 'amara@ssr2.test'
                AND meeting_id IN ('plenary-2017-07-04', 'plenary-2017-07-11')""")).isEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT email) FROM attendance WHERE group_id = 'ssr2'")).isEqualTo(2);
    }
}
