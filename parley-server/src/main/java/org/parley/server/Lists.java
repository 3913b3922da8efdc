package org.parley.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.javalin.http.Context;

import org.parley.output.Csv;
import org.parley.store.Page;

/**
 * Writes a list as JSON ({@code {"items": [...], "next": cursor}}) or, for {@code Accept: text/csv}
 * or {@code format=csv}, as RFC 4180 CSV with a header and the next cursor in {@code X-Next-Cursor}.
 */
final class Lists {

    /** A CSV column: its header and how to get it from a row. */
    record Column<T>(String name, Function<T, Object> value) {
    }

    private Lists() {
    }

    /**
     * A page of a keyset-paged query: {@code limit} rows after the request's cursor (one more is
     * fetched to know whether a next page exists, whose cursor is then the last row's keys).
     */
    static <T> void page(Context ctx, Params p, int keys, Function<Page, List<T>> query,
                         Function<T, List<Object>> cursor, List<Column<T>> columns) {
        int limit = p.limit();
        List<T> rows = query.apply(new Page(limit + 1, Cursor.decode(p.cursor(), keys)));
        if (rows.size() <= limit) {
            send(ctx, rows, null, columns);
        } else {
            List<T> items = rows.subList(0, limit);
            send(ctx, items, Cursor.encode(cursor.apply(items.get(limit - 1))), columns);
        }
    }

    static <T> void send(Context ctx, List<T> items, String next, List<Column<T>> columns) {
        if (wantsCsv(ctx)) {
            StringBuilder b = new StringBuilder();
            b.append(Csv.row(columns.stream().map(Column::name).toArray())).append("\r\n");
            for (T item : items) {
                b.append(Csv.row(columns.stream().map(c -> c.value().apply(item)).toArray())).append("\r\n");
            }
            if (next != null) {
                ctx.header("X-Next-Cursor", next);
            }
            ctx.contentType("text/csv; charset=utf-8").result(b.toString());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", next);
        json(ctx, body);
    }

    static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }

    static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            if (format.equals("csv")) {
                return true;
            }
            if (format.equals("json")) {
                return false;
            }
            throw ApiException.badRequest("format must be json or csv");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/csv");
    }
}
