/** The group file: members, roles, series and one-off meetings, and their expansion into dated meetings. */
package org.plenary.group;
