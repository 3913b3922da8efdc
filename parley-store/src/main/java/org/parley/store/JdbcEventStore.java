package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.parley.model.Analysis;
import org.parley.model.Document;

/**
 * {@link EventStore} over JDBC: DuckDB (a file, the default) or PostgreSQL
 * ({@code jdbc:postgresql://...}), with the schema of {@code schema.sql}. It opens the
 * {@link Database}, brings its schema to this build's version ({@link SchemaMigrations}), and
 * hands each call to the class that does it: {@link AnalysisWriter} writes; {@link EventQueries},
 * {@link QuoteQueries}, {@link StanceQueries}, {@link ActorQueries} and {@link DocumentQueries}
 * read. Further queries (a REST API's) take {@link #database()} and follow the same pattern.
 */
public final class JdbcEventStore implements EventStore {

    private final Database db;
    private final AnalysisWriter writer;
    private final EventQueries events;
    private final QuoteQueries quotes;
    private final StanceQueries stances;
    private final ActorQueries actors;
    private final DocumentQueries documents;

    JdbcEventStore(Database db) {
        this.db = db;
        this.writer = new AnalysisWriter(db);
        this.events = new EventQueries(db);
        this.quotes = new QuoteQueries(db);
        this.stances = new StanceQueries(db);
        this.actors = new ActorQueries(db);
        this.documents = new DocumentQueries(db);
    }

    /**
     * Opens (creating if needed, upgrading if older) the store at {@code location}: a
     * {@code jdbc:} URL, or a file path for DuckDB. A store that cannot be opened, is newer than
     * this build or is not a Parley store is a {@link StoreException} with one line saying why.
     */
    public static JdbcEventStore open(String location) {
        return StoreOpener.forWriting(location);
    }

    /**
     * Opens a store that must exist, for reading: a DuckDB file read-only (upgraded first if it is
     * older and writable), never created; see {@link StoreOpener}.
     */
    public static JdbcEventStore openExisting(String location) {
        return StoreOpener.existing(location);
    }

    /** A document's key: the hash of its normalised text ({@link TextKey}), so the same article is stored once. */
    public static String hashOf(Document d) {
        return TextKey.of(d.text());
    }

    /** The connection, for queries beyond {@link EventStore}'s (build them on {@link Where} and {@link OrderBy}). */
    public Database database() {
        return db;
    }

    @Override
    public Set<String> storedHashes() {
        return documents.storedHashes();
    }

    @Override
    public void store(List<Analysis> analyses, List<DocumentSource> sources) {
        writer.store(analyses, sources);
    }

    @Override
    public void recordFailure(String source, String reason) {
        writer.recordFailure(source, reason);
    }

    @Override
    public List<EventRow> events(EventQuery query) {
        return events.find(query);
    }

    @Override
    public List<QuoteRow> quotes(String speaker, String text, int limit) {
        return quotes.find(speaker, text, limit);
    }

    @Override
    public List<StanceRow> stances(String actor, String issue, LocalDate from, LocalDate to, int limit) {
        return stances.find(actor, issue, from, to, limit);
    }

    @Override
    public List<ActorCount> actors(String actor, int limit) {
        return actors.find(actor, limit);
    }

    @Override
    public Counts counts() {
        return documents.counts();
    }

    /** Writes the merged events to a Parquet file (DuckDB stores); see {@link DuckDbFiles#exportParquet}. */
    public void exportParquet(java.nio.file.Path file) {
        new DuckDbFiles(db).exportParquet(file);
    }

    /** Fills a DuckDB store with synthetic events for benchmarks; see {@link DuckDbFiles#generateSynthetic}. */
    public void generateSynthetic(long n) {
        new DuckDbFiles(db).generateSynthetic(n);
    }

    @Override
    public String describe() {
        return db.describe();
    }

    @Override
    public void close() {
        db.close();
    }
}
