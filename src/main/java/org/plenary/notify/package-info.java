/** Everything Plenary sends: templates, rendering, invitations and the composition of outgoing mail. */
package org.plenary.notify;
