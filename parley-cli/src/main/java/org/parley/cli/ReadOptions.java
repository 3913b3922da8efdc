package org.parley.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.LocalDate;

import picocli.CommandLine.Option;

import org.parley.ingest.ArticleFiles;

/** How input is read and how long a document may take: shared by {@code analyze} and {@code ingest}. */
final class ReadOptions {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Charset of files that declare none (no BOM, <meta charset> or XML declaration), and of "
                    + "JSONL. Default: UTF-8, and for text, HTML and feeds that are not valid UTF-8, windows-1252 "
                    + "(with a note), unless they hold control bytes.")
    String encoding;

    @Option(names = "--file-dates",
            description = "Documents still without a date (none in the file, no --date) take their file's "
                    + "modification time. A weak date: copying or downloading a file resets it.")
    boolean fileDates;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Most seconds one document may take before it fails and the run goes on "
                    + "(default: ${DEFAULT-VALUE}).")
    long timeLimit = 600;

    /** The --encoding charset, or null. */
    Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("--encoding: unknown charset \"" + encoding + "\"");
        }
    }

    Duration limit() {
        if (timeLimit < 1) {
            throw new UsageException("--time-limit must be at least 1 second");
        }
        return Duration.ofSeconds(timeLimit);
    }

    ArticleFiles.Options options(LocalDate fallbackDate) {
        return new ArticleFiles.Options(fallbackDate, fileDates, charset());
    }
}
