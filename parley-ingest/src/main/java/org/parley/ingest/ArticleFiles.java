package org.parley.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.parley.model.Document;
import org.parley.pipeline.BadDocumentException;
import org.parley.pipeline.Pipeline;

/**
 * The files of a run as documents: directories walked in name order, each file read as its
 * {@link InputFormat} (plain text, JSONL, RSS/Atom, HTML). A file or item that cannot be a
 * document becomes an {@link Item} with an error, so the run can report it and go on. Counts
 * the bytes read so progress can estimate how much is left.
 *
 * <p>Dates: a document's own date (a JSONL record's {@code date}, a feed item's, a page's);
 * else, for a feed item, the feed's; else the fallback date ({@code --date}); else, when asked
 * for, the file's modification time (a weak date: copying a file resets it); else none.
 */
public final class ArticleFiles {

    /** Largest text, HTML or feed file read whole. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /**
     * One input document, or the reason it could not be read.
     *
     * @param source where it came from: a path, {@code path:line} for JSONL, {@code path item N} for feeds
     * @param id the JSONL record's id (or {@code line-N}); null for other formats
     * @param document the document; null when the input could not be read as one
     * @param error why the document cannot be analyzed, or null
     * @param note what was guessed while reading it (a charset, a date), for the user to check; or null
     * @param offsets from each character of the document's text to the bytes of the file it came
     *                from; null when the text is the file's (or line's) own text
     */
    public record Item(String source, String id, Document document, String error, String note, OffsetMap offsets) {

        static Item failed(String source, String id, String error) {
            return new Item(source, id, null, error, null, null);
        }
    }

    /**
     * How to read.
     *
     * @param fallbackDate the date of documents without one, or null
     * @param fileDates whether documents still without a date take their file's modification time
     * @param encoding the charset of files that declare none, or null to detect it
     */
    public record Options(LocalDate fallbackDate, boolean fileDates, Charset encoding) {

        public static Options defaults() {
            return new Options(null, false, null);
        }
    }

    /**
     * One file to read and what it holds.
     *
     * @param documents how many documents it holds, or -1 when that is only known by parsing it (feeds, .gz)
     */
    record Input(Path path, InputFormat format, long size, long documents) {
    }

    private final List<Input> inputs;
    private final Options options;
    private final AtomicLong bytesRead = new AtomicLong();

    private ArticleFiles(List<Input> inputs, Options options) {
        this.inputs = List.copyOf(inputs);
        this.options = options;
    }

    /** The regular files under {@code paths}, each with its format. */
    public static ArticleFiles of(List<Path> paths, Options options) throws IOException {
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
        return new ArticleFiles(inputs, options);
    }

    /** Total size of the inputs in bytes (compressed size for .gz). */
    public long totalBytes() {
        return inputs.stream().mapToLong(Input::size).sum();
    }

    /** Bytes read so far (compressed bytes for .gz). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /**
     * The number of documents, when known without parsing: one per text or HTML file, one per
     * line of plain JSONL; -1 when a feed or a .gz file makes it unknown.
     */
    public long knownDocuments() {
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
    public void read(Predicate<Item> sink) {
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
        String source = input.path().toString();
        try {
            if (input.format() == InputFormat.JSONL) {
                return jsonl(input.path(), sink);
            }
            if (input.size() > MAX_FILE_BYTES) {
                return sink.test(Item.failed(source, null, "file too large: " + input.size() + " bytes (limit "
                        + (MAX_FILE_BYTES >> 20) + " MiB for a text, HTML or feed file)"));
            }
            byte[] bytes = Files.readAllBytes(input.path());
            bytesRead.addAndGet(bytes.length);
            return whole(input, bytes, sink);
        } catch (IOException e) {
            return sink.test(Item.failed(source, null, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
        } catch (MarkupException e) {
            return sink.test(Item.failed(source, null, e.getMessage()));
        }
    }

    private boolean whole(Input input, byte[] bytes, Predicate<Item> sink) throws MarkupException {
        String source = input.path().toString();
        switch (input.format()) {
            case FEED -> {
                FeedReader.Feed feed = FeedReader.read(bytes, options.encoding());
                if (feed.items().isEmpty()) {
                    return sink.test(Item.failed(source, null, "a feed without items"));
                }
                for (FeedReader.FeedItem item : feed.items()) {
                    String where = source + " item " + item.index();
                    Item next;
                    if (item.error() != null) {
                        next = Item.failed(where, null, item.error());
                    } else {
                        Dated dated = date(input, item.date(), "the item's date", feed.date(), "the feed's date");
                        next = checked(where, new Document(null, item.text().text(), dated.date(), item.title(),
                                item.url()), join(feed.note(), dated.note()), item.text().offsets());
                    }
                    if (!sink.test(next)) {
                        return false;
                    }
                }
                return true;
            }
            case HTML -> {
                SourceText text = HtmlPage.decode(bytes, options.encoding());
                HtmlPage page = HtmlPage.of(text);
                if (page.text().text().isBlank()) {
                    return sink.test(Item.failed(source, null, "no article text in the page (after removing markup)"));
                }
                Dated dated = date(input, page.date(), "the page's date", null, null);
                return sink.test(checked(source, new Document(null, page.text().text(), dated.date(), page.title(),
                        page.url()), join(text.note(), dated.note()), page.text().offsets()));
            }
            default -> {
                SourceText text = SourceText.decode(bytes, null, null, options.encoding());
                Dated dated = date(input, null, null, null, null);
                return sink.test(checked(source, new Document(null, text.text(), dated.date(), null, null),
                        join(text.note(), dated.note()), null));
            }
        }
    }

    /** A date and what was done to find it, if anything is worth saying. */
    private record Dated(LocalDate date, String note) {
    }

    /** The first date that reads: the document's own, the container's, the fallback, the file's time. */
    private Dated date(Input input, String own, String ownName, String container, String containerName) {
        LocalDate date = PublicationDates.parse(own);
        String note = own != null && date == null ? ownName + " \"" + own + "\" is not a date" : null;
        if (date == null && container != null) {
            date = PublicationDates.parse(container);
            if (date != null && note != null) {
                note += ": dated by " + containerName;
            }
        }
        if (date == null && options.fallbackDate() != null) {
            date = options.fallbackDate();
            note = note == null ? null : note + ": dated by --date";
        }
        if (date == null && options.fileDates()) {
            try {
                date = LocalDate.ofInstant(Files.getLastModifiedTime(input.path()).toInstant(), ZoneId.systemDefault());
                note = note == null ? null : note + ": dated by the file's modification time";
            } catch (IOException e) {
                // no time: the document stays undated
            }
        }
        if (date == null && note != null) {
            note += ": undated";
        }
        return new Dated(date, note);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private boolean jsonl(Path p, Predicate<Item> sink) throws IOException {
        InputStream in = new CountingInputStream(Files.newInputStream(p), bytesRead);
        if (p.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (InputStream lines = in) {
            JsonLines reader = new JsonLines(p.toString(), options.encoding(), options.fallbackDate());
            return reader.read(lines, item -> sink.test(item.document() == null ? item
                    : checked(item.source(), item.document(), null, null, item.id())));
        }
    }

    /** The document, or its input problem (empty, binary, too long) as the item's error. */
    private static Item checked(String source, Document doc, String note, OffsetMap offsets) {
        return checked(source, doc, note, offsets, null);
    }

    private static Item checked(String source, Document doc, String note, OffsetMap offsets, String id) {
        try {
            Pipeline.checkInput(doc);
            return new Item(source, id, doc, null, note, offsets);
        } catch (BadDocumentException e) {
            return new Item(source, id, doc, e.getMessage(), note, offsets);
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
