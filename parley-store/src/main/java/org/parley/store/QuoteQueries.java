package org.parley.store;

import java.util.List;

/**
 * Reads stored quotes. Filters are a {@link Where} over the {@code quotes} table's columns;
 * paging is a keyset over {@link #ORDER}, whose cursor for a row is {@link #cursor}.
 */
public final class QuoteQueries {

    /** By document, then by position in it: the quote's key. */
    public static final OrderBy ORDER = OrderBy.asc("doc_hash").thenAsc("content_begin").thenAsc("content_end");

    private final Database db;

    public QuoteQueries(Database db) {
        this.db = db;
    }

    /** Quotes whose speaker code or country starts with {@code speaker} and whose words contain {@code text} (nulls do not filter). */
    public List<QuoteRow> find(String speaker, String text, int limit) {
        return find(filter(speaker, text), Page.first(limit));
    }

    /** A page of the quotes matching {@code filter}, in {@link #ORDER}. */
    public List<QuoteRow> find(Where filter, Page page) {
        Where w = new Where().and(filter).and(ORDER.after(page.after()));
        String sql = "SELECT doc_hash, content_begin, content_end, speaker_code, speaker_name, speaker_text, cue, direct,"
                + " content FROM quotes " + w.sql() + " " + ORDER.sql() + " LIMIT " + page.limit();
        return db.query("querying quotes", sql, w.args(), rs -> new QuoteRow(rs.getString(1), rs.getInt(2),
                rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                rs.getString(9)));
    }

    /** The cursor after {@code row}: its values of {@link #ORDER}'s keys. */
    public static List<Object> cursor(QuoteRow row) {
        return List.of(row.docHash(), row.contentBegin(), row.contentEnd());
    }

    /** A speaker (code prefix or country) and words in the quote, ignoring case; nulls do not filter. */
    public static Where filter(String speaker, String text) {
        return new Where().actor(speaker, "speaker_code", "speaker_country").containsIgnoringCase("content", text);
    }
}
