package org.parley.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

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

/**
 * Quotes and stances on passages of our own, annotated by hand for every quote style
 * (straight, curly, multi-sentence, interrupted, partial, inverted, colon, continued
 * paragraphs, pronoun and title speakers, according to) and every stance polarity with
 * hedges and negation. Passages the pipeline does not get right yet are listed with the
 * reason in {@code passages-known-gaps.tsv}; the test fails when one starts passing.
 */
class QuoteStancePassagesTest {

    private static final String PASSAGES = "quotes-stances/passages.jsonl";
    private static final String PARSES = "quotes-stances/passages.conllu";
    private static final String GAPS = "quotes-stances/passages-known-gaps.tsv";

    @Test
    void annotatedPassages() throws IOException {
        Map<String, ParsedDocument> parses = ConlluReader.readDocuments(Fixtures.resource(PARSES), null);
        Pipeline pipeline = Fixtures.pipeline();
        Set<String> gaps = Fixtures.knownGaps(GAPS);
        List<String> unexpected = new ArrayList<>();
        int passages = 0;
        int passed = 0;
        int quotes = 0;
        int quotesOk = 0;
        int stances = 0;
        int stancesOk = 0;
        StringBuilder failing = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Fixtures.class.getClassLoader().getResourceAsStream(PASSAGES), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = JsonOutput.mapper().readTree(line);
                String id = p.get("id").asText();
                ParsedDocument stored = parses.get(id);
                assertTrue(stored != null, "no parse for " + id + "; regenerate " + PARSES);
                ParsedDocument doc = new ParsedDocument(new Document(id, stored.document().text(),
                        LocalDate.parse(p.get("date").asText()), null, null), stored.sentences());
                Analysis a = pipeline.analyze(doc);
                List<String> problems = new ArrayList<>();
                for (JsonNode q : p.get("quotes")) {
                    quotes++;
                    String problem = checkQuote(doc.document().text(), q, a.quotes());
                    if (problem == null) {
                        quotesOk++;
                    } else {
                        problems.add(problem);
                    }
                }
                for (JsonNode st : p.get("stances")) {
                    stances++;
                    String problem = checkStance(st, a.stances());
                    if (problem == null) {
                        stancesOk++;
                    } else {
                        problems.add(problem);
                    }
                }
                if (p.path("noStances").asBoolean(false) && !a.stances().isEmpty()) {
                    problems.add("expected no stances, got " + a.stances().size());
                }
                passages++;
                boolean pass = problems.isEmpty();
                if (pass) {
                    passed++;
                    if (gaps.contains(id)) {
                        unexpected.add(id + " now passes: remove it from " + GAPS);
                    }
                } else {
                    failing.append(id).append('\t').append(String.join("; ", problems)).append('\n');
                    if (!gaps.contains(id)) {
                        unexpected.add(id + ": " + problems);
                    }
                }
            }
        }
        String report = "passages " + passed + "/" + passages + " pass; quotes " + quotesOk + "/" + quotes
                + "; stances " + stancesOk + "/" + stances;
        System.out.println(report);
        if (Boolean.getBoolean("parley.golden.update")) {
            System.out.println("failing now:\n" + failing);
        }
        assertTrue(passages >= 60, "at least 60 annotated passages");
        assertEquals(List.of(), unexpected, report);
    }

    /** A system quote overlapping the content by half the shorter span, with the right direct flag and speaker. */
    private static String checkQuote(String text, JsonNode gold, List<Quote> found) {
        String content = gold.get("content").asText();
        int at = text.indexOf(content);
        if (at < 0) {
            return "content not in text: " + content;
        }
        Span want = new Span(at, at + content.length());
        for (Quote q : found) {
            if (!overlaps(want, q.content())) {
                continue;
            }
            if (q.direct() != gold.get("direct").asBoolean()) {
                continue;
            }
            String speaker = gold.get("speaker").isNull() ? null : gold.get("speaker").asText();
            if (speaker == null) {
                return null;
            }
            String got = q.speaker() == null ? null : q.speaker().country() + "/" + q.speaker().sector();
            return speaker.equals(got) ? null : "quote '" + abbreviate(content) + "': speaker " + got + ", want " + speaker;
        }
        return "quote '" + abbreviate(content) + "' not found";
    }

    private static String checkStance(JsonNode gold, List<Stance> found) {
        String holder = gold.get("holder").asText();
        String issue = gold.get("issue").asText();
        Set<String> polarities = new HashSet<>();
        gold.get("polarity").forEach(n -> polarities.add(n.asText()));
        List<String> seen = new ArrayList<>();
        for (Stance s : found) {
            if (holder.equals(s.holder().actor().country()) && s.issue().key().equals(issue)) {
                if (polarities.contains(s.polarity().label())) {
                    return null;
                }
                seen.add(s.polarity().label());
            }
        }
        return "stance " + holder + " " + issue + " " + polarities + (seen.isEmpty() ? " missing" : " got " + seen);
    }

    private static boolean overlaps(Span a, Span b) {
        int inter = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
        int shorter = Math.min(a.length(), b.length());
        return shorter > 0 && inter >= 0.5 * shorter;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
