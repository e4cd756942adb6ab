/** The read-only HTTP API: meetings, action items, the inbound ledger and health, as JSON. */
package org.plenary.web;
