package org.parley.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 defines it: records end with CRLF; a field that holds a comma, a double quote,
 * CR or LF is enclosed in double quotes, its quotes doubled; null is an empty field.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record. */
    void write(List<?> fields) throws IOException {
        out.write(record(fields));
    }

    /** One record, CRLF included. */
    static String record(List<?> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object f = fields.get(i);
            b.append(field(f == null ? null : f.toString()));
        }
        return b.append("\r\n").toString();
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
