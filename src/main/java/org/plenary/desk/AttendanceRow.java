package org.plenary.desk;

/**
 * One member's attendance over a period.
 *
 * @param meetings the meetings of the period the member was expected at (live, or held)
 * @param attended those the notes list them as present at
 * @param apologies those they sent apologies for (coming ones included)
 * @param absent those that are over and whose notes recorded attendance, where they were neither present nor
 *     apologised: a meeting without ATTENDED notes says nothing about who was there, so it makes nobody absent
 */
public record AttendanceRow(String email, String name, String role, int meetings, int attended, int apologies,
                            int absent) {
}
