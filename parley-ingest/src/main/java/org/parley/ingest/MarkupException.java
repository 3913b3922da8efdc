package org.parley.ingest;

/** A file that cannot be read as the format it claims: malformed XML, not a feed, bytes that do not decode. */
public final class MarkupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and where in the file */
    public MarkupException(String message) {
        super(message);
    }
}
