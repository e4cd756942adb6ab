/** What an operator scrapes at /metrics: mail outcomes, the backlog, latency, the outbox, IDLE and memory. */
package org.plenary.metrics;
