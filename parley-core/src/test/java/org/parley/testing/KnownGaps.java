package org.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.data.TsvTable;

/**
 * The cases of a golden table that the code does not get right yet, read from a test resource
 * with the columns {@code id}, {@code reason} and {@code got}: what the code gives now, in the
 * test's canonical form. A known gap fails its test when it starts giving the expected output
 * (remove it from the list) and when its output changes in any other way (a gap that gets worse
 * shows, and one that gets better is reviewed). The {@code got} column changes only through the
 * explicit switch {@code -Dparley.golden.update=true} ({@link Golden#UPDATE}): the tests then
 * record the output of each gap instead of comparing it, and {@link #write} rewrites the column
 * in {@code src/test/resources}, to be reviewed as a git diff.
 */
public final class KnownGaps {

    /** One known gap: why it fails, and what the code gives now. */
    public record Gap(String id, String reason, String got) {
    }

    private final String path;
    private final Map<String, Gap> gaps;
    private final Map<String, String> recorded = new LinkedHashMap<>();

    private KnownGaps(String path, Map<String, Gap> gaps) {
        this.path = path;
        this.gaps = gaps;
    }

    /** The gaps listed in a test resource. */
    public static KnownGaps load(String path) {
        Map<String, Gap> gaps = new LinkedHashMap<>();
        TsvTable table = TsvTable.read(path, KnownGaps.class.getClassLoader().getResourceAsStream(path));
        for (TsvTable.Row row : table.rows()) {
            Gap gap = new Gap(row.require("id"), row.require("reason"), row.get("got"));
            if (gaps.put(gap.id(), gap) != null) {
                throw new IllegalStateException(path + ": " + gap.id() + " listed twice");
            }
        }
        return new KnownGaps(path, gaps);
    }

    public static boolean updating() {
        return Boolean.getBoolean(Golden.UPDATE);
    }

    public Set<String> ids() {
        return gaps.keySet();
    }

    public boolean contains(String id) {
        return gaps.containsKey(id);
    }

    /**
     * The assertion for one case: a case not listed must pass; a listed one must still fail and
     * give the output recorded for it, or, while updating, has its output recorded.
     *
     * @param passes   whether the output is what the golden table expects
     * @param problems what differs from the expectation, for the failure message
     * @param got      the output in the test's canonical form
     */
    public synchronized void check(String id, boolean passes, String problems, String got) {
        Gap gap = gaps.get(id);
        if (gap == null) {
            assertTrue(passes, id + ": " + problems);
            return;
        }
        assertFalse(passes, id + " now gives what is expected: remove it from " + path);
        if (updating()) {
            recorded.put(id, got);
            return;
        }
        assertEquals(gap.got(), got, id + " is a known gap (" + gap.reason() + ") whose output changed;"
                + " if that is better, record it with -D" + Golden.UPDATE + "=true and review the diff of " + path);
    }

    /** While updating, rewrites the {@code got} column of the gaps recorded by this run; otherwise nothing. */
    public synchronized void write() {
        if (!updating() || recorded.isEmpty()) {
            return;
        }
        Path file = Path.of("src", "test", "resources", path);
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("#") || line.isBlank() || !recorded.containsKey(cells[0].strip())) {
                    out.add(line);
                    continue;
                }
                out.add(cells[0] + "\t" + cells[1] + "\t" + recorded.get(cells[0].strip()));
            }
            Files.write(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
