package org.parley.pipeline;

/** A document that cannot be analyzed at all (empty, binary, too long); the message is one line. */
public class BadDocumentException extends RuntimeException {

    public BadDocumentException(String message) {
        super(message);
    }
}
