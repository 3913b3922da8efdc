package org.parley.ingest;

/** Takes text one character at a time, each with the range of the original it came from. */
interface CharSink {

    /** Character {@code c}, which came from {@code [begin, end)} of the original. */
    void append(char c, int begin, int end);
}
