/**
 * The only package that imports Stanford CoreNLP: it runs the parser and converts the result
 * into core's {@code Sentence} and {@code Token} records with offsets into the original text.
 */
package org.parley.nlp;
