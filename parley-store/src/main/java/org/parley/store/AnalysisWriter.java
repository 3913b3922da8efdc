package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * Writes analyses into the store: a document row, its events merged GDELT-style (one event per
 * date, source, target, code and location; a mention per document sentence), its quotes and
 * stances. A batch is one transaction; a document already stored (same {@link TextKey}) is not
 * analyzed again: the copy's id, date and source become a {@link DocumentAliases} row.
 */
public final class AnalysisWriter {

    private final Database db;

    public AnalysisWriter(Database db) {
        this.db = db;
    }

    /** Stores the analyses in one transaction; documents already stored are skipped. */
    public void store(List<Analysis> analyses) {
        store(analyses, Collections.nCopies(analyses.size(), null));
    }

    /** Stores the analyses with their sources ({@code sources.get(i)} may be null) in one transaction. */
    public void store(List<Analysis> analyses, List<EventStore.DocumentSource> sources) {
        if (sources.size() != analyses.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + analyses.size() + " analyses");
        }
        db.inTransaction("storing a batch of " + analyses.size() + " documents", c -> {
            write(c, analyses, sources);
            return null;
        });
    }

    /**
     * Records a document that could not be analyzed, with the reason; a failure already recorded
     * (same source, same reason) is not recorded again, so a re-run adds no rows.
     */
    public void recordFailure(String source, String reason) {
        db.inTransaction("recording a failure", c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO failures (source, reason, failed_at)"
                    + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM failures WHERE source IS NOT DISTINCT FROM ?"
                    + " AND reason IS NOT DISTINCT FROM ?)")) {
                st.setString(1, source);
                st.setString(2, reason);
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.setString(4, source);
                st.setString(5, reason);
                return st.executeUpdate();
            }
        });
    }

    /** The merge key of GDELT's event table: date, source, target, code and location. */
    static String eventId(String date, String source, String target, String cameo, String location) {
        String key = date + "|" + source + "|" + target + "|" + cameo + "|" + location;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Connection c, List<Analysis> analyses, List<EventStore.DocumentSource> sources)
            throws SQLException {
        try (PreparedStatement doc = c.prepareStatement("INSERT INTO documents (hash, external_id, url, title,"
                + " published, text, chars, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM documents WHERE hash = ?");
             PreparedStatement event = c.prepareStatement("INSERT INTO events (event_id, date, source_code,"
                + " source_country, target_code, target_country, cameo, root, plover, goldstein, quad, location,"
                + " location_country, lat, lon, mode, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING");
             PreparedStatement mention = c.prepareStatement("INSERT INTO event_mentions (event_id, doc_hash,"
                + " sentence, trigger_text, rule, sentence_text, span_begin, span_end, trigger_begin, trigger_end)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement quote = c.prepareStatement("INSERT INTO quotes (doc_hash, content_begin,"
                + " content_end, content, speaker_code, speaker_country, speaker_name, speaker_text, cue, direct)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement stance = c.prepareStatement("INSERT INTO stances (doc_hash, sentence,"
                + " holder_code, holder_country, holder_name, issue_key, issue_text, polarity, strength, date, rule,"
                + " sentence_text, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actor = c.prepareStatement("INSERT INTO actor_mentions (doc_hash, span_begin, span_end,"
                + " code, country, name) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement source = c.prepareStatement("INSERT INTO document_sources (doc_hash, source, offsets)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < analyses.size(); i++) {
                Analysis a = analyses.get(i);
                Document d = a.document();
                String hash = JdbcEventStore.hashOf(d);
                EventStore.DocumentSource from = sources.get(i);
                exists.setString(1, hash);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next() || !seen.add(hash)) {
                        // Stored already: this copy's id, date, URL and source are kept as an alias.
                        source.executeBatch();
                        DocumentAliases.add(c, hash, d, from == null ? null : from.source());
                        continue;
                    }
                }
                doc.setString(1, hash);
                doc.setString(2, d.id());
                doc.setString(3, d.url());
                doc.setString(4, d.title());
                setDate(doc, 5, d.published());
                doc.setString(6, d.text());
                doc.setInt(7, d.text().length());
                doc.setTimestamp(8, Timestamp.from(Instant.now()));
                doc.executeUpdate();
                if (from != null) {
                    source.setString(1, hash);
                    source.setString(2, from.source());
                    source.setString(3, from.offsets());
                    source.addBatch();
                }
                for (Event e : a.events()) {
                    addEvent(hash, e, event, mention);
                }
                for (Quote q : a.quotes()) {
                    addQuote(hash, q, quote);
                }
                for (Stance s : a.stances()) {
                    addStance(hash, d.published(), s, stance);
                }
                addActorMentions(hash, a.mentions(), actor);
            }
            // Rows go in as JDBC batches, one round per table, in the order keys depend on.
            event.executeBatch();
            mention.executeBatch();
            quote.executeBatch();
            stance.executeBatch();
            source.executeBatch();
            actor.executeBatch();
        }
    }

    /** One event row per source-target pair (GDELT has one actor on each side), one mention per sentence. */
    private static void addEvent(String hash, Event e, PreparedStatement event, PreparedStatement mention)
            throws SQLException {
        List<Mention> sources = e.source().isEmpty() ? Collections.singletonList(null) : e.source();
        List<Mention> targets = e.target().isEmpty() ? Collections.singletonList(null) : e.target();
        for (Mention s : sources) {
            for (Mention t : targets) {
                String location = e.location() == null ? null : e.location().name();
                String id = eventId(String.valueOf(e.date()), code(s), code(t), e.type().code(), location);
                event.setString(1, id);
                setDate(event, 2, e.date());
                event.setString(3, code(s));
                event.setString(4, s == null ? null : s.actor().country());
                event.setString(5, code(t));
                event.setString(6, t == null ? null : t.actor().country());
                event.setString(7, e.type().code());
                event.setString(8, e.type().root());
                event.setString(9, e.type().plover());
                event.setDouble(10, e.type().goldstein());
                event.setInt(11, e.type().quad());
                event.setString(12, location);
                event.setString(13, e.location() == null ? null : e.location().country());
                setDouble(event, 14, e.location() == null ? null : e.location().lat());
                setDouble(event, 15, e.location() == null ? null : e.location().lon());
                event.setString(16, e.type().mode());
                event.setString(17, e.type().context());
                event.addBatch();
                mention.setString(1, id);
                mention.setString(2, hash);
                mention.setInt(3, e.evidence().sentenceIndex());
                mention.setString(4, e.evidence().triggerText());
                mention.setString(5, e.evidence().rule());
                mention.setString(6, e.evidence().sentenceText());
                mention.setInt(7, e.evidence().span().begin());
                mention.setInt(8, e.evidence().span().end());
                setInt(mention, 9, e.evidence().trigger() == null ? null : e.evidence().trigger().begin());
                setInt(mention, 10, e.evidence().trigger() == null ? null : e.evidence().trigger().end());
                mention.addBatch();
            }
        }
    }

    private static void addQuote(String hash, Quote q, PreparedStatement quote) throws SQLException {
        quote.setString(1, hash);
        quote.setInt(2, q.content().begin());
        quote.setInt(3, q.content().end());
        quote.setString(4, q.contentText());
        quote.setString(5, q.speaker() == null ? null : q.speaker().code());
        quote.setString(6, q.speaker() == null ? null : q.speaker().country());
        quote.setString(7, q.speaker() == null ? null : q.speaker().name());
        quote.setString(8, q.speakerText());
        quote.setString(9, q.cue());
        quote.setBoolean(10, q.direct());
        quote.addBatch();
    }

    private static void addStance(String hash, LocalDate published, Stance s, PreparedStatement stance)
            throws SQLException {
        stance.setString(1, hash);
        stance.setInt(2, s.evidence().sentenceIndex());
        stance.setString(3, s.holder().actor().code());
        stance.setString(4, s.holder().actor().country());
        stance.setString(5, s.holder().actor().name());
        stance.setString(6, s.issue().key());
        stance.setString(7, s.issue().text());
        stance.setString(8, s.polarity().label());
        stance.setDouble(9, s.strength());
        setDate(stance, 10, published);
        stance.setString(11, s.evidence().rule());
        stance.setString(12, s.evidence().sentenceText());
        stance.setInt(13, s.evidence().span().begin());
        stance.setInt(14, s.evidence().span().end());
        stance.addBatch();
    }

    /** Each actor mention once per span (a span resolves to one actor), for the document view. */
    private static void addActorMentions(String hash, List<Mention> mentions, PreparedStatement actor)
            throws SQLException {
        Set<Span> seen = new HashSet<>();
        for (Mention m : mentions) {
            if (seen.add(m.span())) {
                actor.setString(1, hash);
                actor.setInt(2, m.span().begin());
                actor.setInt(3, m.span().end());
                actor.setString(4, m.actor().code());
                actor.setString(5, m.actor().country());
                actor.setString(6, m.actor().name());
                actor.addBatch();
            }
        }
    }

    private static String code(Mention m) {
        return m == null ? null : m.actor().code();
    }

    private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    private static void setDate(PreparedStatement st, int i, LocalDate d) throws SQLException {
        if (d == null) {
            st.setNull(i, Types.DATE);
        } else {
            st.setDate(i, Date.valueOf(d));
        }
    }

    private static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.DOUBLE);
        } else {
            st.setDouble(i, v);
        }
    }
}
