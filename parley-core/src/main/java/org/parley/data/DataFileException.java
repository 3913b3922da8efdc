package org.parley.data;

/** A data file (knowledge base, lexicon, ontology) is missing or malformed; the message says where. */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }
}
