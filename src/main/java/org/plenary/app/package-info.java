/** Wiring: settings, the clock, and the Camel Main application that runs the routes. */
package org.plenary.app;
