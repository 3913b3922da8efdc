package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.parley.model.Analysis;

/**
 * Where analyses are kept and queried. Documents are keyed by a hash of their text, so storing
 * the same article twice is a no-op; events are merged GDELT-style (one event per date,
 * source, target, code and location, with a mention per document sentence). Implementations
 * commit each {@link #store} call as one transaction: an interrupted ingest loses at most the
 * batch in flight and never stores half a document.
 */
public interface EventStore extends AutoCloseable {

    /** Content hashes of the documents already stored, to skip them on a re-run. */
    Set<String> storedHashes();

    /** Stores analyses (and their documents) in one transaction; documents already stored are skipped. */
    default void store(List<Analysis> analyses) {
        store(analyses, java.util.Collections.nCopies(analyses.size(), null));
    }

    /**
     * Stores analyses with where each document came from ({@code sources.get(i)} for
     * {@code analyses.get(i)}, null when unknown), in one transaction.
     */
    void store(List<Analysis> analyses, List<DocumentSource> sources);

    /**
     * Where a document came from.
     *
     * @param source the file, and the item or line in it
     * @param offsets the encoded map from the document's characters to the file's bytes
     *                ({@code OffsetMap.encode} in parley-ingest), or null when the text is the file's own
     */
    record DocumentSource(String source, String offsets) {
    }

    /** Records a document that could not be analyzed, with the reason. */
    void recordFailure(String source, String reason);

    /** Events matching the query, most recent first. */
    List<EventRow> events(EventQuery query);

    /** Quotes whose speaker code or country starts with {@code speaker} and whose words contain {@code text} (nulls do not filter). */
    List<QuoteRow> quotes(String speaker, String text, int limit);

    /**
     * Stances of holders matching {@code actor} on issues starting with {@code issue}, dated from
     * {@code from} to {@code to} inclusive (nulls do not filter): the latest {@code limit} of them,
     * in date order.
     */
    List<StanceRow> stances(String actor, String issue, LocalDate from, LocalDate to, int limit);

    /** Actors by how many stored events name them (as source or target), optionally by code prefix or country. */
    List<ActorCount> actors(String actor, int limit);

    /** An actor code with its country and the number of events naming it. */
    record ActorCount(String code, String country, long events) {
    }

    /** How many documents, events, event mentions, quotes, stances and failures are stored. */
    Counts counts();

    /** A description for messages ("DuckDB /home/me/.local/share/parley/parley.duckdb"). */
    String describe();

    @Override
    void close();

    /** Table sizes. */
    record Counts(long documents, long events, long mentions, long quotes, long stances, long failures) {
    }
}
