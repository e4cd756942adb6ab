package org.plenary.notify;

/**
 * The group as every template sees it.
 *
 * @param list the mailing list address, or null when the group has none
 * @param timezone the group's zone id, e.g. "UTC" or "Europe/Rome"
 */
public record GroupView(String id, String name, String tag, String address, String list, String timezone) {

    public static GroupView of(org.plenary.group.GroupDefinition group) {
        return new GroupView(group.id(), group.name(), group.tag(), group.address(), group.list(),
                group.timezone().getId());
    }
}
