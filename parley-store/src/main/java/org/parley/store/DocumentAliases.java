package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.parley.model.Document;

/**
 * Other sources of stored documents' texts (the {@code document_aliases} table): the same
 * article read again under another id, date, URL or file. Nothing a later copy says replaces
 * what the stored document has; it is kept beside it. The stored document's own source, read
 * again, is no alias. A stored document without a date takes the first date an alias brings
 * (its stances too, which carry the document's date); its events keep the dates they were
 * analyzed with.
 */
public final class DocumentAliases {

    /** One more source of a stored text: the document as that source gave it, and where it was read. */
    public record Alias(Document document, String source) {
    }

    private static final String INSERT = "INSERT INTO document_aliases (doc_hash, external_id, published, url, source,"
            + " seen_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM document_aliases a WHERE a.doc_hash = ?"
            + " AND a.external_id IS NOT DISTINCT FROM ? AND a.source IS NOT DISTINCT FROM ?) AND NOT EXISTS (SELECT 1"
            + " FROM documents d LEFT JOIN document_sources s ON s.doc_hash = d.hash WHERE d.hash = ?"
            + " AND d.external_id IS NOT DISTINCT FROM ? AND s.source IS NOT DISTINCT FROM ?)";

    private final Database db;

    public DocumentAliases(Database db) {
        this.db = db;
    }

    /** Records the aliases (of documents already stored) in one transaction; those already known are skipped. */
    public void record(List<Alias> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        db.inTransaction("recording " + aliases.size() + " other sources of stored documents", c -> {
            for (Alias a : aliases) {
                add(c, TextKey.of(a.document().text()), a.document(), a.source());
            }
            return null;
        });
    }

    /** Adds one alias of the document stored under {@code hash}, inside the caller's transaction. */
    static void add(Connection c, String hash, Document d, String source) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            st.setString(1, hash);
            string(st, 2, d.id());
            if (d.published() == null) {
                st.setNull(3, Types.DATE);
            } else {
                st.setDate(3, Date.valueOf(d.published()));
            }
            string(st, 4, d.url());
            string(st, 5, source);
            st.setTimestamp(6, Timestamp.from(Instant.now()));
            st.setString(7, hash);
            string(st, 8, d.id());
            string(st, 9, source);
            st.setString(10, hash);
            string(st, 11, d.id());
            string(st, 12, source);
            st.executeUpdate();
        }
        if (d.published() != null) {
            fillDate(c, hash, d.published());
        }
    }

    private static void fillDate(Connection c, String hash, LocalDate date) throws SQLException {
        try (PreparedStatement doc = c.prepareStatement("UPDATE documents SET published = ? WHERE hash = ?"
                + " AND published IS NULL");
             PreparedStatement stances = c.prepareStatement("UPDATE stances SET date = ? WHERE doc_hash = ?"
                     + " AND date IS NULL")) {
            for (PreparedStatement st : List.of(doc, stances)) {
                st.setDate(1, Date.valueOf(date));
                st.setString(2, hash);
                st.executeUpdate();
            }
        }
    }

    private static void string(PreparedStatement st, int i, String v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.VARCHAR);
        } else {
            st.setString(i, v);
        }
    }
}
