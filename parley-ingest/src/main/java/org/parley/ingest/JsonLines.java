package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.model.Document;

/**
 * JSON Lines of {@code {"id", "text", "date"?, "title"?, "url"?}}, read line by line as bytes
 * so that a bad line is reported with its number and byte and the next line is still read: a
 * line that is not UTF-8 (JSON's charset; {@code --encoding} names another), not JSON, not an
 * object, without a text string, with a date that is not a date, or longer than
 * {@link #MAX_LINE_BYTES}. Blank lines are skipped.
 */
public final class JsonLines {

    /** Longest line read: far above the longest document the pipeline takes, in any charset. */
    public static final int MAX_LINE_BYTES = 16 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Charset charset;
    private final LocalDate fallbackDate;

    /**
     * @param name the file's name for messages ({@code name:line})
     * @param charset the lines' charset, null for UTF-8
     * @param fallbackDate the date of records without one, or null
     */
    public JsonLines(String name, Charset charset, LocalDate fallbackDate) {
        this.name = name;
        this.charset = charset;
        this.fallbackDate = fallbackDate;
    }

    /** Reads every line of {@code in}, handing each record or failure to {@code sink} until it returns false. */
    public boolean read(InputStream in, Predicate<ArticleFiles.Item> sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        byte[] line = new byte[1 << 12];
        int length = 0;
        boolean tooLong = false;
        int lineNo = 1;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (!emit(line, length, tooLong, lineNo++, sink)) {
                        return false;
                    }
                    length = 0;
                    tooLong = false;
                } else if (length < MAX_LINE_BYTES) {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, length * 2));
                    }
                    line[length++] = b;
                } else {
                    tooLong = true;
                }
            }
        }
        return emit(line, length, tooLong, lineNo, sink);
    }

    private boolean emit(byte[] line, int length, boolean tooLong, int lineNo, Predicate<ArticleFiles.Item> sink) {
        if (!tooLong && isBlank(line, length)) {
            return true;
        }
        return sink.test(record(line, length, tooLong, lineNo));
    }

    /** One line as a document, or its one-line error. */
    ArticleFiles.Item record(byte[] line, int length, boolean tooLong, int lineNo) {
        String source = name + ":" + lineNo;
        String lineId = "line-" + lineNo;
        if (tooLong) {
            return ArticleFiles.Item.failed(source, lineId, "line longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        String text;
        try {
            byte[] bytes = Arrays.copyOf(line, end);
            Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
            int skip = lineNo == 1 && SourceText.bomCharset(bytes) == StandardCharsets.UTF_8 && charset == null ? 3 : 0;
            text = SourceText.strict(bytes, skip, cs, charset == null
                    ? " of the line (JSON Lines are UTF-8; --encoding reads another charset)" : " of the line");
        } catch (MarkupException e) {
            return ArticleFiles.Item.failed(source, lineId, e.getMessage());
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return ArticleFiles.Item.failed(source, lineId, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return ArticleFiles.Item.failed(source, lineId, "not a JSON object");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : lineId;
        try {
            return new ArticleFiles.Item(source, id, document(node, fallbackDate), null, null, null);
        } catch (IllegalArgumentException e) {
            return ArticleFiles.Item.failed(source, id, e.getMessage());
        }
    }

    /**
     * A document from one record; a record without a date takes {@code fallback}.
     *
     * @throws IllegalArgumentException when there is no text string or the date is not a date
     */
    public static Document document(JsonNode n, LocalDate fallback) {
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("no \"text\" string");
        }
        LocalDate date = fallback;
        String written = n.hasNonNull("date") ? n.get("date").asText() : "";
        if (!written.isBlank()) {
            try {
                date = PublicationDates.strict(written);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("\"date\": \"" + written + "\" is not a date (" + e.getMessage()
                        + "); correct it, or leave it out to use --date");
            }
        }
        return new Document(n.hasNonNull("id") ? n.get("id").asText() : null, text.asText(), date,
                n.hasNonNull("title") ? n.get("title").asText() : null, n.hasNonNull("url") ? n.get("url").asText() : null);
    }

    /**
     * A document from one record, its date read as leniently as a feed's (a date at the start
     * of the text counts; a date that is not one counts as none): for data that is not Parley's
     * to correct, such as gold files to score against and benchmark corpora.
     *
     * @throws IllegalArgumentException when there is no text string
     */
    public static Document documentIgnoringBadDates(JsonNode n, LocalDate fallback) {
        if (!n.isObject() || !n.hasNonNull("date")) {
            return document(n, fallback);
        }
        LocalDate date;
        try {
            date = PublicationDates.strict(n.get("date").asText());
        } catch (DateTimeException e) {
            date = PublicationDates.parse(n.get("date").asText());
        }
        return document(((com.fasterxml.jackson.databind.node.ObjectNode) n).deepCopy().without("date"),
                date != null ? date : fallback);
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
