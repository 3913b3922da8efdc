package org.parley.output;

/** CSV output as RFC 4180 expects: a field with a comma, quote or line break is quoted; null is empty. */
public final class Csv {

    private Csv() {
    }

    public static String field(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** One record: the fields quoted as needed and joined with commas. */
    public static String row(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields[i] == null ? null : fields[i].toString()));
        }
        return b.toString();
    }
}
