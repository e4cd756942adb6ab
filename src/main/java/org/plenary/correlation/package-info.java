/** What ties an email to the meeting or action item it is about: Message-IDs, the trace header, iCalendar UIDs, subject tags, and the resolver that reads them. */
package org.plenary.correlation;
