/** Email addresses as Plenary compares them: exactly, with only the ASCII letters lower-cased. */
package org.plenary.address;
