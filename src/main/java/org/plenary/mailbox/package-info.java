/** When the mailbox is read: the poll scheduler a wake-up can hurry, and the IMAP IDLE watch that wakes it. */
package org.plenary.mailbox;
