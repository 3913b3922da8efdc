package org.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;

/**
 * Standard output as a {@link Writer} that reports write errors: {@link PrintStream} swallows
 * them (a full disk, a closed pipe), so every flush checks {@link PrintStream#checkError} and
 * throws. {@link Main} checks standard output once more when a command ends, so that no command
 * exits 0 after output was lost.
 */
final class StdOut extends Writer {

    /** The one-line reason given when standard output could not be written. */
    static final String LOST = "cannot write to standard output (a full disk, or the reader closed it); output is incomplete";

    private final PrintStream out;

    private StdOut(PrintStream out) {
        this.out = out;
    }

    /** The current {@code System.out} (tests replace it). */
    static StdOut writer() {
        return new StdOut(System.out);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.append(java.nio.CharBuffer.wrap(buf, off, len));
    }

    @Override
    public void flush() throws IOException {
        if (out.checkError()) {
            throw new IOException(LOST);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
