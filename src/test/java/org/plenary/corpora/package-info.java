/** The public test corpora shared beside the project, found relative to it and required under CI. */
package org.plenary.corpora;
