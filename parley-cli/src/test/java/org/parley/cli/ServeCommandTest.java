package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley serve} and {@code bench-serve} refuse bad settings with one line and exit code 2, before serving anything. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingOrShortTokenFileIsAUsageError() throws Exception {
        String db = dir.resolve("s.duckdb").toString();
        CliRun missing = CliRun.run(null, "serve", "--db", db, "--port", "0", "--token-file", dir.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such token file"), missing.err());
        Path shortToken = Files.writeString(dir.resolve("token"), "secret\n");
        CliRun tooShort = CliRun.run(null, "serve", "--db", db, "--port", "0", "--token-file", shortToken.toString());
        assertEquals(2, tooShort.exitCode());
        assertTrue(tooShort.err().contains("at least 16 characters"), tooShort.err());
        CliRun badPort = CliRun.run(null, "serve", "--db", db, "--port", "70000");
        assertEquals(2, badPort.exitCode());
    }

    @Test
    void benchServeLoadsOnlyThisMachine() {
        CliRun remote = CliRun.run(null, "bench-serve", "--url", "http://192.0.2.1:8080", "--seconds", "1");
        assertEquals(2, remote.exitCode());
        assertTrue(remote.err().contains("loopback"), remote.err());
    }
}
