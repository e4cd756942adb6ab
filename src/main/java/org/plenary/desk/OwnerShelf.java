package org.plenary.desk;

import java.util.List;
import org.plenary.notify.ActionView;
import org.plenary.notify.OwnerActions;

/**
 * One owner's open actions on the desk: the first {@code shown}, overdue first, and how many more there are, so a
 * group with thousands of open items still gets a page a phone can load.
 */
public record OwnerShelf(String ownerName, String ownerEmail, List<ActionView> actions, int more) {
    public OwnerShelf {
        actions = List.copyOf(actions);
    }

    static OwnerShelf of(OwnerActions owner, int shown) {
        List<ActionView> all = owner.actions();
        return new OwnerShelf(owner.ownerName(), owner.ownerEmail(), all.subList(0, Math.min(shown, all.size())),
                Math.max(0, all.size() - shown));
    }
}
