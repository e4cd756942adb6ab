/** A clock the tests set by hand. */
package org.plenary.clock;
