package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Opens stores for {@link JdbcEventStore}: for writing (created if absent, upgraded if older), or
 * an existing one for reading (read-only where it is a file, so a read-only file or a store
 * another reader has open can be queried; never created, so a mistyped path is an error, not an
 * empty store). What is wrong is said in words: no such file, a directory, not a DuckDB file,
 * permission denied.
 */
final class StoreOpener {

    /** DuckDB's file header: its magic bytes "DUCK" at offset 8. */
    private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

    private StoreOpener() {
    }

    static JdbcEventStore forWriting(String location) {
        if (!location.startsWith("jdbc:") && Files.exists(Path.of(location))) {
            checkFile(location);
        }
        return open(location, false);
    }

    static JdbcEventStore existing(String location) {
        if (location.startsWith("jdbc:")) {
            return open(location, false);
        }
        Path file = Path.of(location);
        if (!Files.exists(file)) {
            throw new StoreException("no store at " + file.toAbsolutePath() + ": no such file; run parley ingest"
                    + " first (--db names the same file), or check the path given to --db", null);
        }
        checkFile(location);
        try {
            return open(location, true);
        } catch (SchemaMigrations.OlderStore e) {
            if (Files.isWritable(file)) {
                return open(location, false);
            }
            throw new StoreException("cannot open store " + file.toAbsolutePath() + ": " + e.getMessage(), null);
        }
    }

    private static JdbcEventStore open(String location, boolean readOnly) {
        Database db;
        try {
            db = Database.connect(location, readOnly);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
        }
        try {
            SchemaMigrations.apply(db);
            return new JdbcEventStore(db);
        } catch (SchemaMigrations.OlderStore e) {
            db.close();
            throw e;
        } catch (StoreException e) {
            db.close();
            throw new StoreException("cannot open store " + db.describe() + ": " + e.getMessage(), e.getCause());
        }
    }

    /** Refuses a path that is not a readable DuckDB file, saying why. */
    private static void checkFile(String location) {
        Path file = Path.of(location).toAbsolutePath();
        String why = null;
        if (Files.isDirectory(file)) {
            why = "it is a directory; --db takes a DuckDB file (or a jdbc:postgresql:// URL)";
        } else if (!Files.isReadable(file)) {
            why = "permission denied: this user cannot read it";
        } else {
            byte[] head = new byte[12];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw new StoreException("cannot open store " + file + ": cannot read it (" + e.getMessage() + ")", e);
            }
            boolean duck = n == head.length;
            for (int i = 0; duck && i < MAGIC.length; i++) {
                duck = head[8 + i] == MAGIC[i];
            }
            if (!duck) {
                why = n == 0 ? "it is an empty file, not a DuckDB store; remove it, or give --db another path"
                        : "it is not a DuckDB file (no DuckDB header), so not a Parley store; check the path given to --db";
            }
        }
        if (why != null) {
            throw new StoreException("cannot open store " + file + ": " + why, null);
        }
    }
}
