package org.plenary.web;

import java.util.List;
import org.plenary.access.SignIn;
import org.plenary.access.Tokens;
import org.plenary.desk.DeskPages;
import org.plenary.group.GroupDefinition;
import org.plenary.workflow.Secretariat;

/**
 * The groups the HTTP server answers for (PRODUCT.md 3.8), as the web layer sees them: their ids, and each one's
 * definition, tokens, sign-in, desk pages and secretariat. A group added while running (a new file in the folder of group files) appears
 * here at once. Implementations are thread-safe.
 */
public interface ServedGroups {
    /** The ids of the groups served now, in the order of their files. */
    List<String> ids();

    /** The group of this id; the id is one of {@link #ids()}. */
    GroupDefinition definition(String groupId);

    Tokens tokens(String groupId);

    SignIn signIn(String groupId);

    /** The desk's pages, rendered with the group's own templates. */
    DeskPages pages(String groupId);

    Secretariat secretariat(String groupId);
}
