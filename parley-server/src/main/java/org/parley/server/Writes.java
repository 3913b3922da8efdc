package org.parley.server;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventStore;

/**
 * What the write endpoints need: the pipeline (asked for on the first write, since its models
 * take seconds to load), how a JSONL record {@code {"id", "text", "date"?, "title"?, "url"?}}
 * becomes a document (the CLI's reading, so both agree), and the store to write to. Stores go
 * through one writer at a time.
 */
public record Writes(Supplier<Pipeline> pipeline, Function<JsonNode, Document> records, EventStore store,
                     Runnable afterStore) {

    public Writes(Supplier<Pipeline> pipeline, Function<JsonNode, Document> records, EventStore store) {
        this(pipeline, records, store, () -> { });
    }

    /** These writes, also running {@code listener} after each store (the server forgets cached answers). */
    Writes notifying(Runnable listener) {
        Runnable before = afterStore;
        return new Writes(pipeline, records, store, () -> {
            before.run();
            listener.run();
        });
    }

    Analysis analyze(Document d) {
        return pipeline.get().analyze(d);
    }

    /** Stores the analyses; returns how many documents were new. */
    int store(List<Analysis> analyses) {
        synchronized (store) {
            long before = store.counts().documents();
            try {
                store.store(analyses);
            } finally {
                afterStore.run();
            }
            return (int) (store.counts().documents() - before);
        }
    }
}
