package org.parley.ingest;

import java.util.Map;

/**
 * HTML character references: numeric ({@code &#8217;}, {@code &#x2019;}) and the named ones
 * news pages use. Unknown names are not references and stay as written. Numeric references
 * to 0x80-0x9F mean Windows-1252, as HTML5 says and as old CMSs write curly quotes.
 */
final class HtmlEntities {

    /** A decoded reference: its characters and how many characters of the source it took. */
    record Decoded(String chars, int length) {
    }

    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", 0x26), Map.entry("lt", 0x3C), Map.entry("gt", 0x3E), Map.entry("quot", 0x22),
            Map.entry("apos", 0x27), Map.entry("nbsp", 0xA0), Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003),
            Map.entry("thinsp", 0x2009), Map.entry("zwnj", 0x200C), Map.entry("zwj", 0x200D), Map.entry("shy", 0xAD),
            Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014), Map.entry("hellip", 0x2026),
            Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("sbquo", 0x201A),
            Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D), Map.entry("bdquo", 0x201E),
            Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("lsaquo", 0x2039), Map.entry("rsaquo", 0x203A),
            Map.entry("bull", 0x2022), Map.entry("middot", 0xB7), Map.entry("prime", 0x2032), Map.entry("Prime", 0x2033),
            Map.entry("copy", 0xA9), Map.entry("reg", 0xAE), Map.entry("trade", 0x2122), Map.entry("sect", 0xA7),
            Map.entry("para", 0xB6), Map.entry("deg", 0xB0), Map.entry("plusmn", 0xB1), Map.entry("times", 0xD7),
            Map.entry("divide", 0xF7), Map.entry("frac12", 0xBD), Map.entry("frac14", 0xBC), Map.entry("frac34", 0xBE),
            Map.entry("euro", 0x20AC), Map.entry("pound", 0xA3), Map.entry("yen", 0xA5), Map.entry("cent", 0xA2),
            Map.entry("dagger", 0x2020), Map.entry("Dagger", 0x2021), Map.entry("permil", 0x2030),
            Map.entry("iexcl", 0xA1), Map.entry("iquest", 0xBF), Map.entry("ordf", 0xAA), Map.entry("ordm", 0xBA),
            Map.entry("Agrave", 0xC0), Map.entry("Aacute", 0xC1), Map.entry("Acirc", 0xC2), Map.entry("Atilde", 0xC3),
            Map.entry("Auml", 0xC4), Map.entry("Aring", 0xC5), Map.entry("AElig", 0xC6), Map.entry("Ccedil", 0xC7),
            Map.entry("Egrave", 0xC8), Map.entry("Eacute", 0xC9), Map.entry("Ecirc", 0xCA), Map.entry("Euml", 0xCB),
            Map.entry("Igrave", 0xCC), Map.entry("Iacute", 0xCD), Map.entry("Icirc", 0xCE), Map.entry("Iuml", 0xCF),
            Map.entry("Ntilde", 0xD1), Map.entry("Ograve", 0xD2), Map.entry("Oacute", 0xD3), Map.entry("Ocirc", 0xD4),
            Map.entry("Otilde", 0xD5), Map.entry("Ouml", 0xD6), Map.entry("Oslash", 0xD8), Map.entry("Ugrave", 0xD9),
            Map.entry("Uacute", 0xDA), Map.entry("Ucirc", 0xDB), Map.entry("Uuml", 0xDC), Map.entry("Yacute", 0xDD),
            Map.entry("szlig", 0xDF), Map.entry("agrave", 0xE0), Map.entry("aacute", 0xE1), Map.entry("acirc", 0xE2),
            Map.entry("atilde", 0xE3), Map.entry("auml", 0xE4), Map.entry("aring", 0xE5), Map.entry("aelig", 0xE6),
            Map.entry("ccedil", 0xE7), Map.entry("egrave", 0xE8), Map.entry("eacute", 0xE9), Map.entry("ecirc", 0xEA),
            Map.entry("euml", 0xEB), Map.entry("igrave", 0xEC), Map.entry("iacute", 0xED), Map.entry("icirc", 0xEE),
            Map.entry("iuml", 0xEF), Map.entry("ntilde", 0xF1), Map.entry("ograve", 0xF2), Map.entry("oacute", 0xF3),
            Map.entry("ocirc", 0xF4), Map.entry("otilde", 0xF5), Map.entry("ouml", 0xF6), Map.entry("oslash", 0xF8),
            Map.entry("ugrave", 0xF9), Map.entry("uacute", 0xFA), Map.entry("ucirc", 0xFB), Map.entry("uuml", 0xFC),
            Map.entry("yacute", 0xFD), Map.entry("yuml", 0xFF), Map.entry("Scaron", 0x160), Map.entry("scaron", 0x161),
            Map.entry("Zcaron", 0x17D), Map.entry("zcaron", 0x17E), Map.entry("OElig", 0x152), Map.entry("oelig", 0x153),
            Map.entry("Yuml", 0x178), Map.entry("alpha", 0x3B1), Map.entry("beta", 0x3B2), Map.entry("mu", 0x3BC),
            Map.entry("minus", 0x2212), Map.entry("larr", 0x2190), Map.entry("rarr", 0x2192));

    /** HTML5's reading of numeric references 0x80-0x9F (Windows-1252); 0 where it keeps the code point. */
    private static final int[] WINDOWS_1252 = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178};

    /** Names that browsers also accept without the closing semicolon. */
    private static final java.util.Set<String> LEGACY = java.util.Set.of("amp", "lt", "gt", "quot", "nbsp", "copy", "reg");

    private HtmlEntities() {
    }

    /**
     * The reference starting at {@code s[at]} (which is '&') and ending before {@code limit}, or
     * null when there is none, in which case the '&' is a literal character.
     */
    static Decoded at(CharSequence s, int at, int limit) {
        int n = limit;
        int i = at + 1;
        if (i < n && s.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            long cp = 0;
            while (i < n && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0 && i - start < 8) {
                cp = cp * (hex ? 16 : 10) + Character.digit(s.charAt(i), hex ? 16 : 10);
                i++;
            }
            if (i == start) {
                return null;
            }
            if (i < n && s.charAt(i) == ';') {
                i++;
            }
            return new Decoded(codePoint(cp), i - at);
        }
        int start = i;
        while (i < n && i - start < 10 && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        String name = s.subSequence(start, i).toString();
        Integer cp = NAMED.get(name);
        if (cp == null) {
            return null;
        }
        if (i < n && s.charAt(i) == ';') {
            return new Decoded(Character.toString(cp), i + 1 - at);
        }
        return LEGACY.contains(name) ? new Decoded(Character.toString(cp), i - at) : null;
    }

    /** All references in an attribute value or title decoded (no offsets kept: these are not analyzed text). */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            Decoded d = s.charAt(i) == '&' ? at(s, i, s.length()) : null;
            if (d == null) {
                out.append(s.charAt(i++));
            } else {
                out.append(d.chars());
                i += d.length();
            }
        }
        return out.toString();
    }

    private static String codePoint(long cp) {
        if (cp >= 0x80 && cp <= 0x9F && WINDOWS_1252[(int) cp - 0x80] != 0) {
            return Character.toString(WINDOWS_1252[(int) cp - 0x80]);
        }
        if (cp == 0 || cp > Character.MAX_CODE_POINT || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return "\uFFFD";
        }
        return Character.toString((int) cp);
    }
}
