/** Property tests without a framework: a property checked over many seeded random inputs, reproducible by seed. */
package org.plenary.trials;
