/** The store: one relational database (H2 or PostgreSQL) behind Flyway migrations and small repositories. */
package org.plenary.store;
