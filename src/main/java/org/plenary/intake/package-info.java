/** Raw mail to {@link org.plenary.intake.InboundEmail}: MIME decoding, limits, machine-mail detection and quote stripping. */
package org.plenary.intake;
