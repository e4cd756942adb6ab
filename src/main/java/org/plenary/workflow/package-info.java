/** What an email does to the group's store: guards, dedupe, resolving people and meetings, permissions, effects and replies. */
package org.plenary.workflow;
