/** The email language: the sender's words turned into commands, with every keyword and synonym in one place. */
package org.plenary.language;
