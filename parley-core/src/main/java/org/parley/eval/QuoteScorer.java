package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * Scores quotes against gold attributions, as the reference quote scorer does. System records
 * are {@code {"id": STEM, "quotes": [{"content": {"begin", "end"}, "speakerMention": {...},
 * "direct"}]}}; quotes without a content span are ignored.
 *
 * <ul>
 *   <li>a gold attribution is found when a system quote's content overlaps its content by at
 *       least half of the shorter of the two;</li>
 *   <li>{@code all_recall} over every gold attribution, {@code direct_recall} over those whose
 *       content holds a quotation mark; {@code precision}: system quotes that find some gold
 *       attribution of their article;</li>
 *   <li>{@code speaker_acc}: of the direct quotes found, the share where a finding quote's
 *       speaker mention shares a character with the gold source.</li>
 * </ul>
 *
 * The table and the confusion matrix go by kind: gold direct or indirect (any other
 * attribution) against the {@code direct} flag of the first system quote that finds it.
 */
public final class QuoteScorer {

    static final String DIRECT = "direct";
    static final String INDIRECT = "indirect";

    public EvalReport score(Map<String, List<Attribution>> gold, List<JsonNode> system) {
        Map<String, JsonNode> byId = JsonLines.byId(system);
        int all = 0;
        int direct = 0;
        int foundAll = 0;
        int foundDirect = 0;
        int systemQuotes = 0;
        int systemRight = 0;
        int speakerRight = 0;
        TypeTable kinds = new TypeTable();
        Confusion.Builder confusion = Confusion.builder();
        List<EvalError> errors = new ArrayList<>();
        for (Map.Entry<String, List<Attribution>> doc : gold.entrySet()) {
            String stem = doc.getKey();
            List<JsonNode> quotes = quotes(byId.get(stem));
            systemQuotes += quotes.size();
            for (Attribution g : doc.getValue()) {
                List<JsonNode> hits = quotes.stream().filter(q -> g.content().overlapsByHalf(span(q.get("content")))).toList();
                String kind = g.direct() ? DIRECT : INDIRECT;
                boolean found = !hits.isEmpty();
                all++;
                direct += g.direct() ? 1 : 0;
                foundAll += found ? 1 : 0;
                foundDirect += found && g.direct() ? 1 : 0;
                kinds.gold(kind, found);
                confusion.add(kind, found ? kindOf(hits.get(0)) : Confusion.NONE);
                if (!found) {
                    errors.add(new EvalError(stem, ErrorTag.MISSED, kind + " " + g.content(), "no quote",
                            g.contentText()));
                } else if (g.direct() && g.source() != null && hits.stream().anyMatch(q -> speakerOverlaps(g.source(), q))) {
                    speakerRight++;
                } else if (g.direct()) {
                    errors.add(new EvalError(stem, ErrorTag.WRONG_SPEAKER,
                            g.source() == null ? "no gold source" : g.sourceText() + " " + g.source(), speakers(hits),
                            g.contentText()));
                }
            }
            for (JsonNode q : quotes) {
                TextRange content = span(q.get("content"));
                boolean right = doc.getValue().stream().anyMatch(g -> g.content().overlapsByHalf(content));
                systemRight += right ? 1 : 0;
                kinds.system(kindOf(q), right);
                if (!right) {
                    confusion.add(Confusion.NONE, kindOf(q));
                    errors.add(new EvalError(stem, ErrorTag.SPURIOUS, "no attribution", kindOf(q) + " " + content,
                            JsonLines.text(q.path("content").get("text"))));
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("docs", gold.size());
        figures.put("gold_all", all);
        figures.put("gold_direct", direct);
        figures.put("system_quotes", systemQuotes);
        figures.put("precision", Rate.round(new Rate(systemRight, systemQuotes).orZero()));
        figures.put("all_recall", Rate.round(new Rate(foundAll, all).orNull()));
        figures.put("direct_recall", Rate.round(new Rate(foundDirect, direct).orNull()));
        figures.put("speaker_acc", Rate.round(new Rate(speakerRight, foundDirect).orNull()));
        return new EvalReport("quotes", figures, kinds.rows(), confusion.build(), errors);
    }

    private static List<JsonNode> quotes(JsonNode rec) {
        List<JsonNode> out = new ArrayList<>();
        if (rec != null && rec.path("quotes").isArray()) {
            rec.get("quotes").forEach(q -> {
                if (q.isObject() && span(q.get("content")) != null) {
                    out.add(q);
                }
            });
        }
        return out;
    }

    private static boolean speakerOverlaps(TextRange source, JsonNode quote) {
        TextRange speaker = span(quote.get("speakerMention"));
        return speaker != null && speaker.sharesCharacter(source);
    }

    private static String speakers(List<JsonNode> hits) {
        List<String> out = new ArrayList<>();
        for (JsonNode q : hits) {
            TextRange s = span(q.get("speakerMention"));
            out.add(s == null ? "no speaker" : JsonLines.text(q.get("speakerMention").get("text")) + " " + s);
        }
        return String.join("; ", out);
    }

    private static String kindOf(JsonNode quote) {
        return quote.path("direct").asBoolean(false) ? DIRECT : INDIRECT;
    }

    /** {@code {"begin", "end"}} as a range; null when absent. */
    static TextRange span(JsonNode n) {
        if (n == null || !n.isObject() || !n.has("begin") || !n.has("end")) {
            return null;
        }
        int begin = n.get("begin").asInt();
        int end = n.get("end").asInt();
        return new TextRange(begin, end);
    }
}
