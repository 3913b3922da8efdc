package org.parley.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.javalin.http.Context;

import org.parley.store.EventQuery;

/**
 * The query parameters of the read endpoints, checked before any query runs: a value of the
 * wrong shape, a repeated or unknown parameter gets 400 with what is wrong. The filters are the
 * CLI's: actor, source, target (code prefix or country), cameo (code prefix), type (PLOVER),
 * from, to (YYYY-MM-DD), location, text (words), issue (key prefix).
 */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{1,4}");
    private static final Pattern PLOVER = Pattern.compile("[A-Za-z_]{1,32}");
    private static final Pattern ISSUE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final int MAX_WORDS = 200;

    static final Set<String> FILTERS = Set.of("actor", "source", "target", "cameo", "type", "from", "to", "location",
            "text", "issue");
    private static final Set<String> PAGING = Set.of("limit", "cursor", "format");

    private final Context ctx;

    private Params(Context ctx, Set<String> extra) {
        this.ctx = ctx;
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (!FILTERS.contains(name) && !PAGING.contains(name) && !extra.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'");
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + name + "' given more than once");
            }
        }
    }

    /** The parameters of a request, which may also use {@code extra} names. */
    static Params of(Context ctx, String... extra) {
        return new Params(ctx, Set.of(extra));
    }

    /** The event filters (the limit aside, which {@link #limit} reads). */
    EventQuery filters() {
        String plover = matching("type", PLOVER);
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
        return new EventQuery(matching("actor", CODE), matching("source", CODE), matching("target", CODE),
                matching("cameo", CAMEO), plover == null ? null : plover.toUpperCase(Locale.ROOT), from, to,
                words("location"), words("text"), 1);
    }

    /** The issue key prefix (stances). */
    String issue() {
        return matching("issue", ISSUE);
    }

    int limit() {
        String v = value("limit");
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    String cursor() {
        String v = value("cursor");
        if (v != null && !v.matches("[A-Za-z0-9_-]{1,2048}")) {
            throw ApiException.badRequest("cursor is not a token this server gave out");
        }
        return v;
    }

    /** True when {@code name} is "true", false when absent or "false". */
    boolean flag(String name) {
        String v = value(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(name + " must be true or false");
    }

    /** One of {@code allowed}, or {@code fallback} when absent. */
    String choice(String name, String fallback, String... allowed) {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        if (!List.of(allowed).contains(v)) {
            throw ApiException.badRequest(name + " must be one of " + String.join(", ", allowed));
        }
        return v;
    }

    LocalDate date(String name) {
        String v = value(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not '" + shorten(v) + "'");
        }
    }

    private String matching(String name, Pattern pattern) {
        String v = value(name);
        if (v != null && !pattern.matcher(v).matches()) {
            throw ApiException.badRequest(name + " has characters a code never has: '" + shorten(v) + "'");
        }
        return v;
    }

    private String words(String name) {
        String v = value(name);
        if (v != null && (v.length() > MAX_WORDS || v.chars().anyMatch(Character::isISOControl))) {
            throw ApiException.badRequest(name + " must be at most " + MAX_WORDS + " characters of text");
        }
        return v;
    }

    private String value(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A value as quoted in a message: at most 40 characters. */
    static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }
}
