package org.parley.store;

/** The store could not be opened, written or read; the message says which and why. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message.replaceAll("\\s*\\n\\s*", " ").strip(), cause);
    }
}
