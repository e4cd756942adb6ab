/** Tests that break the running application on purpose (crashes, outages, poison and hostile mail) to prove PRODUCT.md's promises. */
package org.plenary.reliability;
