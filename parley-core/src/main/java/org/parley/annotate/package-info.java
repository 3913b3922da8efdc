/**
 * The annotation contract: an {@link org.parley.annotate.Annotator} turns a document into
 * parsed sentences with character offsets into the original text. CoNLL-U reading and
 * writing let tests and fixtures work without the NLP models.
 */
package org.parley.annotate;
