package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One event with every report of it: the document, the sentence, the clause and trigger spans, the rule. */
public final class EventReportQueries {

    /** One report of an event. */
    public record Report(String docId, String title, String url, LocalDate published, int sentence, String sentenceText,
                         int begin, int end, String trigger, Integer triggerBegin, Integer triggerEnd, String rule) {
    }

    /** An event with its reports. */
    public record Detail(EventRow event, List<Report> reports) {
    }

    private final Database db;

    public EventReportQueries(Database db) {
        this.db = db;
    }

    public Optional<Detail> byId(String eventId) {
        List<EventRow> rows = new EventQueries(db).find(new Where().equal("e.event_id", eventId), Page.first(1));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Report> reports = db.query("reading an event's reports", "SELECT m.doc_hash, d.title, d.url, d.published,"
                + " m.sentence, m.sentence_text, m.span_begin, m.span_end, m.trigger_text, m.trigger_begin, m.trigger_end,"
                + " m.rule FROM event_mentions m LEFT JOIN documents d ON d.hash = m.doc_hash WHERE m.event_id = ?"
                + " ORDER BY d.published, m.doc_hash, m.sentence", List.of(eventId),
                rs -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), Database.date(rs, 4), rs.getInt(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                        StanceStatementQueries.nullableInt(rs, 10), StanceStatementQueries.nullableInt(rs, 11),
                        rs.getString(12)));
        return Optional.of(new Detail(rows.get(0), reports));
    }
}
