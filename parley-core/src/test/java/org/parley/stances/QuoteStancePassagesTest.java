package org.parley.stances;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.parley.annotate.ConlluReader;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.output.JsonOutput;
import org.parley.pipeline.Pipeline;
import org.parley.testing.Fixtures;
import org.parley.testing.KnownGaps;

/**
 * Quotes and stances on passages of our own, annotated by hand for every quote style
 * (straight, curly, multi-sentence, interrupted, partial, inverted, colon, continued
 * paragraphs, pronoun and title speakers, according to) and every stance polarity with
 * hedges and negation. Each passage lists all its quotes and all its stances: a quote is
 * found when one quote of the output overlaps it by half the shorter span, with the same
 * direct flag and, where given, the speaker's country and sector (one output quote for each);
 * a stance when an output stance has its holder's country, its issue key and one of its
 * polarities. An output quote or stance the passage does not list fails as much as a missing
 * one. One test per passage, named by its id and text. Passages the pipeline does not get
 * right yet are listed in {@code passages-known-gaps.tsv} with the reason and what it gives
 * now (see {@link KnownGaps}).
 */
class QuoteStancePassagesTest {

    private static final String PASSAGES = "quotes-stances/passages.jsonl";
    private static final String PARSES = "quotes-stances/passages.conllu";
    private static final String GAPS = "quotes-stances/passages-known-gaps.tsv";

    private static Map<String, ParsedDocument> parses;
    private static Pipeline pipeline;
    private static KnownGaps gaps;

    @BeforeAll
    static void load() {
        parses = ConlluReader.readDocuments(Fixtures.resource(PARSES), null);
        pipeline = Fixtures.pipeline();
        gaps = KnownGaps.load(GAPS);
    }

    @AfterAll
    static void recordGaps() {
        gaps.write();
    }

    @TestFactory
    Stream<DynamicTest> eachPassageGivesItsWholeQuoteAndStanceSet() throws IOException {
        List<JsonNode> passages = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Fixtures.class.getClassLoader().getResourceAsStream(PASSAGES), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    passages.add(JsonOutput.mapper().readTree(line));
                }
            }
        }
        assertTrue(passages.size() >= 60, "at least 60 annotated passages");
        Set<String> ids = new HashSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode p : passages) {
            String id = p.get("id").asText();
            assertTrue(ids.add(id), "id " + id + " twice in " + PASSAGES);
            tests.add(DynamicTest.dynamicTest(id + " " + abbreviate(p.get("text").asText(), 100), () -> check(p)));
        }
        tests.add(DynamicTest.dynamicTest("every known gap is a passage of the table", () -> {
            Set<String> unknown = new HashSet<>(gaps.ids());
            unknown.removeAll(ids);
            assertTrue(unknown.isEmpty(), "not in " + PASSAGES + ": " + unknown);
        }));
        return tests.stream();
    }

    private static void check(JsonNode p) {
        String id = p.get("id").asText();
        ParsedDocument stored = parses.get(id);
        assertTrue(stored != null, "no parse for " + id + "; regenerate " + PARSES);
        ParsedDocument doc = new ParsedDocument(new Document(id, stored.document().text(),
                LocalDate.parse(p.get("date").asText()), null, null), stored.sentences());
        String text = doc.document().text();
        Analysis a = pipeline.analyze(doc);
        List<String> problems = new ArrayList<>();
        quoteProblems(text, p.get("quotes"), a.quotes(), problems);
        stanceProblems(p.get("stances"), a.stances(), problems);
        gaps.check(id, problems.isEmpty(), String.join("; ", problems), canonical(text, a));
    }

    /** Each listed quote matched by its own output quote, and each output quote matching a listed one. */
    private static void quoteProblems(String text, JsonNode gold, List<Quote> found, List<String> problems) {
        List<JsonNode> listed = new ArrayList<>();
        gold.forEach(listed::add);
        List<Span> spans = new ArrayList<>();
        for (JsonNode q : listed) {
            String content = q.get("content").asText();
            int at = text.indexOf(content);
            assertTrue(at >= 0, "content not in text: " + content);
            spans.add(new Span(at, at + content.length()));
        }
        BiPredicate<Integer, Integer> located = (g, f) -> overlaps(spans.get(g), found.get(f).content())
                && found.get(f).direct() == listed.get(g).get("direct").asBoolean();
        BiPredicate<Integer, Integer> right = (g, f) -> located.test(g, f)
                && (listed.get(g).get("speaker").isNull() || listed.get(g).get("speaker").asText().equals(speaker(found.get(f))));
        int[] match = Matching.of(listed.size(), found.size(), right);
        boolean[] used = new boolean[found.size()];
        for (int g = 0; g < listed.size(); g++) {
            String content = abbreviate(listed.get(g).get("content").asText(), 40);
            if (match[g] >= 0) {
                used[match[g]] = true;
                continue;
            }
            String want = listed.get(g).get("speaker").asText();
            String got = null;
            for (int f = 0; f < found.size(); f++) {
                got = got == null && located.test(g, f) ? speaker(found.get(f)) : got;
            }
            problems.add(got == null ? "quote '" + content + "' not found" : "quote '" + content + "': speaker " + got + ", want " + want);
        }
        for (int f = 0; f < found.size(); f++) {
            if (!used[f]) {
                problems.add("extra quote " + quote(text, found.get(f)));
            }
        }
    }

    /** Each listed stance given, and each stance given listed. */
    private static void stanceProblems(JsonNode gold, List<Stance> found, List<String> problems) {
        List<JsonNode> listed = new ArrayList<>();
        gold.forEach(listed::add);
        for (JsonNode g : listed) {
            List<String> seen = new ArrayList<>();
            boolean given = false;
            for (Stance s : found) {
                if (sameIssue(g, s)) {
                    given |= polarities(g).contains(s.polarity().label());
                    seen.add(s.polarity().label());
                }
            }
            if (!given) {
                problems.add("stance " + g.get("holder").asText() + " " + g.get("issue").asText() + " " + polarities(g)
                        + (seen.isEmpty() ? " missing" : " got " + seen));
            }
        }
        for (Stance s : found) {
            if (listed.stream().noneMatch(g -> sameIssue(g, s) && polarities(g).contains(s.polarity().label()))) {
                problems.add("extra stance " + stance(s));
            }
        }
    }

    private static boolean sameIssue(JsonNode gold, Stance s) {
        return gold.get("holder").asText().equals(s.holder().actor().country()) && s.issue().key().equals(gold.get("issue").asText());
    }

    private static Set<String> polarities(JsonNode gold) {
        Set<String> out = new TreeSet<>();
        gold.get("polarity").forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * What a passage gives, in one line: its quotes ({@code direct|reported begin-end speaker
     * "first words"}) then its stances ({@code holder-country issue polarity}), each sorted.
     */
    private static String canonical(String text, Analysis a) {
        TreeSet<String> quotes = new TreeSet<>();
        a.quotes().forEach(q -> quotes.add(quote(text, q)));
        TreeSet<String> stances = new TreeSet<>();
        a.stances().forEach(s -> stances.add(stance(s)));
        return "quotes: " + (quotes.isEmpty() ? "none" : String.join("; ", quotes))
                + " | stances: " + (stances.isEmpty() ? "none" : String.join("; ", stances));
    }

    private static String quote(String text, Quote q) {
        return (q.direct() ? "direct " : "reported ") + q.content().begin() + "-" + q.content().end() + " " + speaker(q)
                + " \"" + abbreviate(q.content().of(text).replace('\n', ' '), 40) + "\"";
    }

    private static String stance(Stance s) {
        return s.holder().actor().country() + " " + s.issue().key() + " " + s.polarity().label();
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().country() + "/" + q.speaker().sector();
    }

    private static boolean overlaps(Span a, Span b) {
        int inter = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
        int shorter = Math.min(a.length(), b.length());
        return shorter > 0 && inter >= 0.5 * shorter;
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }

    /** A largest one-to-one matching of listed to found items (augmenting paths; the lists are short). */
    private static final class Matching {

        private Matching() {
        }

        /** For each listed item, the index of its found item, or -1. */
        static int[] of(int listed, int found, BiPredicate<Integer, Integer> edge) {
            int[] ofFound = new int[found];
            Arrays.fill(ofFound, -1);
            for (int g = 0; g < listed; g++) {
                augment(g, new boolean[found], ofFound, edge);
            }
            int[] ofListed = new int[listed];
            Arrays.fill(ofListed, -1);
            for (int f = 0; f < found; f++) {
                if (ofFound[f] >= 0) {
                    ofListed[ofFound[f]] = f;
                }
            }
            return ofListed;
        }

        private static boolean augment(int g, boolean[] seen, int[] ofFound, BiPredicate<Integer, Integer> edge) {
            for (int f = 0; f < ofFound.length; f++) {
                if (edge.test(g, f) && !seen[f]) {
                    seen[f] = true;
                    if (ofFound[f] < 0 || augment(ofFound[f], seen, ofFound, edge)) {
                        ofFound[f] = g;
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
