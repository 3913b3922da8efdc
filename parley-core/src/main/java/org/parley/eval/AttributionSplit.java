package org.parley.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PolNeAR-style split: a folder with {@code text/STEM.txt} articles and
 * {@code attributions/STEM_ANNOTATOR.ann} BRAT files. An article's gold is the first of its
 * {@code .ann} files in name order. In a BRAT file, {@code T} lines are spans
 * ({@code T3<TAB>Content 115 290<TAB>text}; a discontinuous span runs from its first begin to
 * its last end) and {@code E} lines tie them into an attribution
 * ({@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}); an attribution without a
 * content span is not counted.
 */
public final class AttributionSplit {

    private final Path dir;
    private final List<String> textFiles;
    private final List<String> annotationFiles;
    private final List<String> problems = new ArrayList<>();

    private AttributionSplit(Path dir, List<String> textFiles, List<String> annotationFiles) {
        this.dir = dir;
        this.textFiles = textFiles;
        this.annotationFiles = annotationFiles;
    }

    /** The split in {@code dir}; fails with a message when it lacks {@code text/} or {@code attributions/}. */
    public static AttributionSplit open(Path dir) throws IOException {
        for (String sub : List.of("text", "attributions")) {
            if (!Files.isDirectory(dir.resolve(sub))) {
                throw new IllegalArgumentException(dir + " has no " + sub + "/ folder (a PolNeAR-style split has text/ "
                        + "and attributions/)");
            }
        }
        return new AttributionSplit(dir, names(dir.resolve("text")), names(dir.resolve("attributions")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Article stems (text file names without their four-character extension), in name order. */
    public List<String> stems() {
        return textFiles.stream().map(n -> n.length() >= 4 ? n.substring(0, n.length() - 4) : "").toList();
    }

    /** An article's text as UTF-8, with {@code \r\n} and {@code \r} read as {@code \n}. */
    public String text(String stem) {
        String name = textFiles.get(stems().indexOf(stem));
        try {
            return Files.readString(dir.resolve("text").resolve(name), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article's gold attributions, by stem in name order. */
    public Map<String, List<Attribution>> gold() throws IOException {
        Map<String, List<Attribution>> out = new java.util.LinkedHashMap<>();
        for (String stem : stems()) {
            out.put(stem, attributions(stem));
        }
        return out;
    }

    /** Lines of the BRAT files that could not be read, and articles without one; each names where. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private List<Attribution> attributions(String stem) throws IOException {
        String name = annotationFiles.stream().filter(n -> n.startsWith(stem + "_") && n.endsWith(".ann"))
                .findFirst().orElse(null);
        if (name == null) {
            problems.add(dir.resolve("attributions") + ": no " + stem + "_*.ann file; the article counts no attribution");
            return List.of();
        }
        Path file = dir.resolve("attributions").resolve(name);
        Map<String, TextRange> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<Map<String, String>> relations = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String[] parts = line.split("\t", -1);
                try {
                    if (parts[0].startsWith("T") && parts.length >= 3) {
                        spans.put(parts[0], span(parts[1]));
                        texts.put(parts[0], parts[2]);
                    } else if (parts[0].startsWith("E") && parts.length >= 2) {
                        relations.add(roles(parts[1]));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(file + ":" + n + ": " + e.getMessage());
                }
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (Map<String, String> roles : relations) {
            String content = roles.get("Content");
            String source = roles.get("Source");
            if (content != null && spans.containsKey(content)) {
                boolean hasSource = source != null && spans.containsKey(source);
                out.add(Attribution.of(spans.get(content), texts.get(content), hasSource ? spans.get(source) : null,
                        hasSource ? texts.get(source) : null));
            }
        }
        return out;
    }

    /** "Content 115 290" or "Content 10 20;25 40": from the first begin to the last end. */
    private static TextRange span(String typeAndOffsets) {
        int space = typeAndOffsets.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("no offsets in '" + typeAndOffsets + "'");
        }
        String[] segments = typeAndOffsets.substring(space + 1).split(";", -1);
        try {
            int begin = Integer.parseInt(segments[0].strip().split("\\s+")[0]);
            String[] last = segments[segments.length - 1].strip().split("\\s+");
            return new TextRange(begin, Integer.parseInt(last[last.length - 1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offsets are not numbers in '" + typeAndOffsets + "'", e);
        }
    }

    /** "Attribution:T4 Content:T3 Cue:T2 Source:T1" as role → span id; a later role wins. */
    private static Map<String, String> roles(String field) {
        Map<String, String> roles = new HashMap<>();
        for (String item : field.strip().split("\\s+")) {
            int colon = item.indexOf(':');
            if (colon >= 0) {
                roles.put(item.substring(0, colon), item.substring(colon + 1));
            }
        }
        return roles;
    }
}
