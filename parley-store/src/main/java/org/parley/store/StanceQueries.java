package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads stored stances. Filters are a {@link Where} over the {@code stances} table's columns.
 * Stances have no key (a sentence may hold several), so they page by limit only: the latest
 * {@code limit}, returned in date order.
 */
public final class StanceQueries {

    /** Latest first; a limit keeps the most recent positions. */
    private static final OrderBy LATEST = OrderBy.desc("date").thenDesc("doc_hash").thenDesc("sentence");

    private final Database db;

    public StanceQueries(Database db) {
        this.db = db;
    }

    /**
     * Stances of holders matching {@code actor} on issues starting with {@code issue}, dated from
     * {@code from} to {@code to} inclusive (nulls do not filter): the latest {@code limit}, in date order.
     */
    public List<StanceRow> find(String actor, String issue, LocalDate from, LocalDate to, int limit) {
        return find(filter(actor, issue, from, to), limit);
    }

    /** The latest {@code limit} stances matching {@code filter}, in date order (oldest first). */
    public List<StanceRow> find(Where filter, int limit) {
        String sql = "SELECT date, holder_code, holder_country, holder_name, issue_key, polarity, strength, issue_text"
                + " FROM stances " + filter.sql() + " " + LATEST.sql() + " LIMIT " + limit;
        List<StanceRow> rows = new ArrayList<>(db.query("querying stances", sql, filter.args(),
                rs -> new StanceRow(Database.date(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8))));
        Collections.reverse(rows);
        return rows;
    }

    /** A holder (code prefix or country), an issue key prefix and a date range; nulls do not filter. */
    public static Where filter(String actor, String issue, LocalDate from, LocalDate to) {
        return new Where().actor(actor, "holder_code", "holder_country").prefix("issue_key", issue)
                .atLeast("date", from).atMost("date", to);
    }
}
