package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Several connections to one store, each lent to one reader at a time, so that a server answers
 * many requests at once ({@link Database} serializes the calls on its one connection). DuckDB
 * shares one database among the connections of a process, so a writer's commits are seen at the
 * next read; PostgreSQL gets a session per connection.
 */
public final class ReadPool implements AutoCloseable {

    private final List<JdbcEventStore> stores = new ArrayList<>();
    private final BlockingQueue<Database> idle;

    private ReadPool(int size) {
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Opens {@code size} connections to the store at {@code location} (created or upgraded on the first). */
    public static ReadPool open(String location, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        ReadPool pool = new ReadPool(size);
        try {
            for (int i = 0; i < size; i++) {
                JdbcEventStore store = JdbcEventStore.open(location);
                pool.stores.add(store);
                pool.idle.add(store.database());
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return pool;
    }

    /** Runs {@code read} on a connection of its own (waiting for one if all are lent). */
    public <T> T read(Function<Database, T> read) {
        Database db;
        try {
            db = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection", e);
        }
        try {
            return read.apply(db);
        } finally {
            idle.add(db);
        }
    }

    public String describe() {
        return stores.isEmpty() ? "no store" : stores.get(0).describe();
    }

    @Override
    public void close() {
        for (JdbcEventStore s : stores) {
            try {
                s.close();
            } catch (StoreException ignored) {
                // closing: nothing more to do with this connection
            }
        }
    }
}
