package org.parley.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.parley.ingest.FeedReader;
import org.parley.ingest.HtmlPage;
import org.parley.ingest.InputFormat;
import org.parley.ingest.MarkupException;
import org.parley.model.Document;
import org.parley.output.JsonOutput;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;

/**
 * The files of an ingest run as documents: directories walked in name order, each file read
 * as its {@link InputFormat} (plain text, JSONL, RSS/Atom, HTML). A file or item that cannot
 * be a document becomes an {@link Item} with an error, so the run can report it and go on.
 * Counts the bytes read so progress can estimate how much is left.
 */
final class ArticleFiles {

    /**
     * One input document, or the reason it could not be read.
     *
     * @param source where it came from: a path, {@code path:line} for JSONL, {@code path item N} for feeds
     */
    record Item(String source, Document document, String error) {
    }

    /**
     * One file to read and what it holds.
     *
     * @param documents how many documents it holds, or -1 when that is only known by parsing it (feeds, .gz)
     */
    record Input(Path path, InputFormat format, long size, long documents) {
    }

    private final List<Input> inputs;
    private final LocalDate fallbackDate;
    private final AtomicLong bytesRead = new AtomicLong();

    private ArticleFiles(List<Input> inputs, LocalDate fallbackDate) {
        this.inputs = List.copyOf(inputs);
        this.fallbackDate = fallbackDate;
    }

    /** The regular files under {@code paths}, each with its format; documents without a date get {@code fallbackDate}. */
    static ArticleFiles of(List<Path> paths, LocalDate fallbackDate) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                InputFormat format = InputFormat.detect(f.getFileName().toString(), head(f));
                inputs.add(new Input(f, format, Files.size(f), documents(f, format)));
            }
        }
        return new ArticleFiles(inputs, fallbackDate);
    }

    /** Total size of the inputs in bytes (compressed size for .gz). */
    long totalBytes() {
        return inputs.stream().mapToLong(Input::size).sum();
    }

    /** Bytes read so far (compressed bytes for .gz). */
    long bytesRead() {
        return bytesRead.get();
    }

    /**
     * The number of documents, when known without parsing: one per text or HTML file, one per
     * line of plain JSONL; -1 when a feed or a .gz file makes it unknown.
     */
    long knownDocuments() {
        long n = 0;
        for (Input i : inputs) {
            if (i.documents() < 0) {
                return -1;
            }
            n += i.documents();
        }
        return n;
    }

    /** Documents in one file, counted cheaply: lines of plain JSONL (a blank last line aside), else one or unknown. */
    private static long documents(Path f, InputFormat format) {
        return switch (format) {
            case TEXT, HTML -> 1;
            case FEED -> -1;
            case JSONL -> f.getFileName().toString().endsWith(".gz") ? -1 : lines(f);
        };
    }

    private static long lines(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            int n;
            byte last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            return last == '\n' ? lines : lines + 1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Reads every input in order, handing each document or failure to {@code sink} until it returns false. */
    void read(Predicate<Item> sink) {
        for (Input input : inputs) {
            long before = bytesRead.get();
            if (!read(input, sink)) {
                return;
            }
            bytesRead.set(before + input.size());
        }
    }

    /** One file; a file that cannot be read (permissions, a truncated .gz) is one failed item and the run goes on. */
    private boolean read(Input input, Predicate<Item> sink) {
        try {
            return input.format() == InputFormat.JSONL ? jsonl(input.path(), sink) : whole(input, sink);
        } catch (IOException e) {
            return sink.test(new Item(input.path().toString(), null, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
        }
    }

    private boolean whole(Input input, Predicate<Item> sink) throws IOException {
        Path p = input.path();
        String source = p.toString();
        byte[] bytes = Files.readAllBytes(p);
        bytesRead.addAndGet(bytes.length);
        switch (input.format()) {
            case FEED -> {
                List<FeedReader.FeedItem> items;
                try {
                    items = FeedReader.read(bytes);
                } catch (MarkupException e) {
                    return sink.test(new Item(source, null, e.getMessage()));
                }
                if (items.isEmpty()) {
                    return sink.test(new Item(source, null, "a feed without items"));
                }
                for (FeedReader.FeedItem item : items) {
                    String where = source + " item " + item.index();
                    Item next = item.error() != null ? new Item(where, null, item.error())
                            : checked(where, new Document(null, item.text().text(),
                                    item.published() != null ? item.published() : fallbackDate, item.title(), item.url()));
                    if (!sink.test(next)) {
                        return false;
                    }
                }
                return true;
            }
            case HTML -> {
                try {
                    HtmlPage page = HtmlPage.read(bytes);
                    if (page.text().text().isBlank()) {
                        return sink.test(new Item(source, null, "no article text in the page (after removing markup)"));
                    }
                    return sink.test(checked(source, new Document(null, page.text().text(),
                            page.published() != null ? page.published() : fallbackDate, page.title(), page.url())));
                } catch (MarkupException e) {
                    return sink.test(new Item(source, null, e.getMessage()));
                }
            }
            default -> {
                try {
                    String text = Inputs.decode(bytes);
                    return sink.test(checked(source, new Document(null, text, fallbackDate, null, null)));
                } catch (Inputs.BadInputException e) {
                    return sink.test(new Item(source, null, e.getMessage()));
                }
            }
        }
    }

    private boolean jsonl(Path p, Predicate<Item> sink) throws IOException {
        InputStream in = new CountingInputStream(Files.newInputStream(p), bytesRead);
        if (p.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null) {
                n++;
                if (!line.isBlank() && !sink.test(jsonLine(p + ":" + n, line))) {
                    return false;
                }
            }
        }
        return true;
    }

    private Item jsonLine(String source, String line) {
        try {
            return checked(source, Inputs.document(JsonOutput.mapper().readTree(line), fallbackDate));
        } catch (IOException e) {
            return new Item(source, null, "not JSON");
        } catch (BadDocumentException e) {
            return new Item(source, null, e.getMessage());
        }
    }

    /** The document, or its input problem (empty, binary, too long) as the item's error. */
    private static Item checked(String source, Document doc) {
        try {
            Pipeline.checkInput(doc);
            return new Item(source, doc, null);
        } catch (BadDocumentException e) {
            return new Item(source, doc, e.getMessage());
        }
    }

    /** The first bytes, or none when the file cannot be opened: reading it later reports why. */
    private static byte[] head(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(InputFormat.SNIFF_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Adds the bytes that pass through to a shared counter. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong counter;

        CountingInputStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}
