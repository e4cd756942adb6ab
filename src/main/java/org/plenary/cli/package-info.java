/** The command line: demo, run, explain, preview, and send (a demo helper). */
package org.plenary.cli;
