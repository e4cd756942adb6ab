package org.plenary.access;

import org.plenary.address.AsciiCase;
import org.plenary.group.Role;

/**
 * Someone signed in over HTTP: a person of the group (by address) or the service token. Chairs, staff and the
 * service see everything; members and observers see meetings, agendas and actions, not the email ledger, raw
 * emails, or apology reasons other than their own (PRODUCT.md 3.6).
 */
public record Viewer(String email, boolean runsTheGroup) {
    /** What {@code PLENARY_API_TOKEN} signs in as. */
    public static final Viewer SERVICE = new Viewer("service", true);

    public static Viewer of(String email, Role role) {
        return new Viewer(email, role.runsTheGroup());
    }

    public boolean seesTheLedger() {
        return runsTheGroup;
    }

    /** True for the reason of an apology by {@code absentee}: one's own, or anyone's for those who run the group. */
    public boolean seesReasonOf(String absentee) {
        return runsTheGroup || email.equals(AsciiCase.lower(absentee));
    }
}
