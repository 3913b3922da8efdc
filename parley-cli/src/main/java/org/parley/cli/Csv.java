package org.parley.cli;

/** CSV output as RFC 4180 expects: a field with a comma or quote is quoted; null is empty. */
final class Csv {

    private Csv() {
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
