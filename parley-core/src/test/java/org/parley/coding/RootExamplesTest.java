package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.parley.annotate.ConlluReader;
import org.parley.data.TsvTable;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Pipeline;
import org.parley.testing.Fixtures;

/**
 * The coder's golden set: sentences of our own for every CAMEO root (plain, passive, compound
 * subject, negated, nominal, reported speech, intent), each with the root and dyad a trained
 * coder would give, parsed once into {@code root-examples.conllu}. Sentences the coder does
 * not yet get right are listed in {@code root-examples-known-gaps.tsv} with the reason; the
 * test fails when a listed sentence starts passing, so the list only shrinks by review.
 */
class RootExamplesTest {

    private static final String TABLE = "lexicon/root-examples.tsv";
    private static final String PARSES = "lexicon/root-examples.conllu";
    private static final String GAPS = "lexicon/root-examples-known-gaps.tsv";

    record Outcome(String id, boolean pass, String got) {
    }

    @Test
    void goldenSentences() {
        Map<String, ParsedDocument> parses = ConlluReader.readDocuments(Fixtures.resource(PARSES), LocalDate.of(2024, 6, 1));
        Pipeline pipeline = Fixtures.pipeline();
        Set<String> gaps = Fixtures.knownGaps(GAPS);
        TsvTable table = TsvTable.read(TABLE, Fixtures.class.getClassLoader().getResourceAsStream(TABLE));
        List<String> unexpected = new ArrayList<>();
        Map<String, int[]> byRoot = new TreeMap<>();
        int passed = 0;
        StringBuilder failing = new StringBuilder();
        for (TsvTable.Row row : table.rows()) {
            String id = row.require("id");
            ParsedDocument doc = parses.get(id);
            assertTrue(doc != null, "no parse for " + id + "; regenerate " + PARSES);
            Outcome o = judge(row, pipeline.analyze(doc));
            String root = row.get("root") == null ? "--" : row.get("root");
            int[] counts = byRoot.computeIfAbsent(root, k -> new int[2]);
            counts[1]++;
            if (o.pass()) {
                counts[0]++;
                passed++;
                if (gaps.contains(id)) {
                    unexpected.add(id + " now passes: remove it from " + GAPS);
                }
            } else {
                failing.append(id).append('\t').append(o.got()).append('\n');
                if (!gaps.contains(id)) {
                    unexpected.add(id + " fails (" + o.got() + "): " + row.require("text"));
                }
            }
        }
        StringBuilder report = new StringBuilder("golden set: " + passed + "/" + table.rows().size() + " pass; by root:");
        byRoot.forEach((root, c) -> report.append(' ').append(root).append('=').append(c[0]).append('/').append(c[1]));
        System.out.println(report);
        if (Boolean.getBoolean("parley.golden.update")) {
            System.out.println("failing now:\n" + failing);
        }
        assertTrue(table.rows().size() >= 200, "the golden set has at least 200 sentences");
        assertEquals(List.of(), unexpected, report.toString());
    }

    /** Pass when an event has the expected root and a dyad compatible with the expected one. */
    private static Outcome judge(TsvTable.Row row, Analysis a) {
        String root = row.get("root");
        List<String> got = new ArrayList<>();
        for (Event e : a.events()) {
            got.add(e.type().code() + " " + countries(e.source()) + ">" + countries(e.target()));
        }
        if (root == null) {
            boolean quiet = a.events().stream().allMatch(e -> e.type().root().equals("01"));
            return new Outcome(row.require("id"), quiet, String.join(", ", got));
        }
        Set<String> source = new HashSet<>(row.list("source"));
        Set<String> target = new HashSet<>(row.list("target"));
        for (Event e : a.events()) {
            if (!e.type().root().equals(root)) {
                continue;
            }
            boolean sourceOk = source.isEmpty() || intersects(source, countries(e.source()));
            boolean targetOk = target.isEmpty() || intersects(target, countries(e.target()));
            if (sourceOk && targetOk) {
                return new Outcome(row.require("id"), true, String.join(", ", got));
            }
        }
        return new Outcome(row.require("id"), false, got.isEmpty() ? "no event" : String.join(", ", got));
    }

    private static Set<String> countries(List<Mention> ms) {
        Set<String> out = new LinkedHashMap<String, Boolean>().keySet();
        out = new java.util.LinkedHashSet<>();
        for (Mention m : ms) {
            if (m.actor().country() != null) {
                out.add(m.actor().country());
            }
            out.add(m.actor().code());
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
