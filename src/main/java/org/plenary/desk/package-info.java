/** The secretariat's desk (PRODUCT.md 3.7): the signed-in page, calendar feeds and attendance over a period. */
package org.plenary.desk;
