package org.parley.cli;

/** A problem with how the command was called (exit code 2), reported in one line. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
