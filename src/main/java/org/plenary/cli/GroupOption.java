package org.plenary.cli;

import java.util.Map;
import org.plenary.app.Settings;
import picocli.CommandLine.Option;

/** {@code --group ID}: which group a command acts for when the deployment serves several (PRODUCT.md 3.8). */
final class GroupOption {
    @Option(names = "--group", paramLabel = "ID", description = "the group, when PLENARY_GROUP_FILE names several")
    String group;

    /** The settings with this group chosen, if one was named. */
    Settings applyTo(Settings settings) {
        return group == null || group.isBlank() ? settings : settings.with(Map.of("plenary.group", group.trim()));
    }
}
