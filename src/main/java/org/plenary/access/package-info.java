/** Who may read Plenary over HTTP: tokens, the emailed sign-in, sessions, and what each person may see. */
package org.plenary.access;
