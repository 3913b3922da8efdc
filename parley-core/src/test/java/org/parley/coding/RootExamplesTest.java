package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.parley.annotate.ConlluReader;
import org.parley.data.TsvTable;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;
import org.parley.testing.EventSummaries;
import org.parley.testing.Fixtures;
import org.parley.testing.KnownGaps;

/**
 * The coder's golden set: sentences of our own for every CAMEO root (plain, passive, compound
 * subject, negated, nominal, reported speech, intent), parsed once into
 * {@code root-examples.conllu}. Each row gives the root and dyad a trained coder would give
 * ({@code root}, {@code cameo}, {@code source}, {@code target}, {@code negated}) and the whole
 * event set the sentence must code ({@code events}, as {@link EventSummaries#eventSet} writes
 * it), so an extra event fails as much as a missing one. One test per sentence, named by its
 * id and text. Sentences the coder does not get right yet are listed in
 * {@code root-examples-known-gaps.tsv} with the reason and what they code now (see
 * {@link KnownGaps}).
 */
class RootExamplesTest {

    private static final String TABLE = "lexicon/root-examples.tsv";
    private static final String PARSES = "lexicon/root-examples.conllu";
    private static final String GAPS = "lexicon/root-examples-known-gaps.tsv";

    private static Map<String, ParsedDocument> parses;
    private static Pipeline pipeline;
    private static KnownGaps gaps;

    @BeforeAll
    static void load() {
        parses = ConlluReader.readDocuments(Fixtures.resource(PARSES), LocalDate.of(2024, 6, 1));
        pipeline = Fixtures.pipeline();
        gaps = KnownGaps.load(GAPS);
    }

    @AfterAll
    static void recordGaps() {
        gaps.write();
    }

    @TestFactory
    Stream<DynamicTest> eachSentenceCodesItsWholeEventSet() {
        TsvTable table = TsvTable.read(TABLE, Fixtures.class.getClassLoader().getResourceAsStream(TABLE));
        assertTrue(table.rows().size() >= 200, "the golden set has at least 200 sentences");
        Set<String> ids = new HashSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String id = row.require("id");
            assertTrue(ids.add(id), "id " + id + " twice in " + TABLE);
            tests.add(DynamicTest.dynamicTest(id + " " + row.require("text"), () -> check(row)));
        }
        tests.add(DynamicTest.dynamicTest("every known gap is a sentence of the table", () -> {
            Set<String> unknown = new HashSet<>(gaps.ids());
            unknown.removeAll(ids);
            assertTrue(unknown.isEmpty(), "not in " + TABLE + ": " + unknown);
        }));
        return tests.stream();
    }

    private static void check(TsvTable.Row row) {
        String id = row.require("id");
        String expected = row.require("events");
        agreesWithAnnotation(row, expected);
        ParsedDocument doc = parses.get(id);
        assertTrue(doc != null, "no parse for " + id + "; regenerate " + PARSES);
        String got = EventSummaries.eventSet(pipeline.analyze(doc).events());
        gaps.check(id, expected.equals(got), "expected <" + expected + "> but coded <" + got + ">", got);
    }

    /**
     * The expected set holds the annotated event: one of the annotated root whose sides meet the
     * annotated countries; a sentence annotated with no root expects nothing beyond comments (01).
     */
    private static void agreesWithAnnotation(TsvTable.Row row, String expected) {
        List<String> events = expected.equals(EventSummaries.NONE) ? List.of()
                : Arrays.asList(expected.split(EventSummaries.SEPARATOR));
        String root = row.get("root");
        if (root == null) {
            assertTrue(events.stream().allMatch(e -> code(e).startsWith("01")),
                    row.require("id") + ": a sentence annotated with no root expects no event outside root 01: " + expected);
            return;
        }
        Set<String> source = new HashSet<>(row.list("source"));
        Set<String> target = new HashSet<>(row.list("target"));
        boolean annotated = events.stream().anyMatch(e -> code(e).startsWith(root)
                && meets(source, side(e, 0)) && meets(target, side(e, 1)));
        assertTrue(annotated, row.require("id") + ": the expected events (" + expected + ") hold no " + root
                + " event from " + source + " to " + target + " as annotated");
    }

    private static String code(String event) {
        String e = event.startsWith("not ") ? event.substring(4) : event;
        return e.substring(0, e.indexOf(' '));
    }

    /** The countries of side 0 (source) or 1 (target) of an event written by {@link EventSummaries#eventSet}. */
    private static Set<String> side(String event, int which) {
        String dyad = event.substring(event.lastIndexOf(' ') + 1);
        String[] sides = dyad.split(">", -1);
        return new HashSet<>(Arrays.asList(sides[which].split("\\+")));
    }

    private static boolean meets(Set<String> annotated, Set<String> countries) {
        return annotated.isEmpty() || annotated.stream().anyMatch(countries::contains);
    }
}
