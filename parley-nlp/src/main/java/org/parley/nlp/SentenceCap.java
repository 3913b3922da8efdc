package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import org.parley.model.Failure;

/**
 * Splits sentences longer than a limit into parts the parser can take, before tagging and
 * parsing. A part ends at the last clause boundary in the final third of the window (after
 * a semicolon, colon or comma, or before "and", "but" or "or"), else at the limit itself.
 * Each split sentence leaves a note saying where it was and how it was cut.
 */
final class SentenceCap {

    private static final Set<String> BREAK_AFTER = Set.of(";", ":", ",", "\u2014", "\u2013");
    private static final Set<String> BREAK_BEFORE = Set.of("and", "but", "or", "while", "whereas");

    private SentenceCap() {
    }

    /** The sentences with every one over {@code max} tokens split; a note per split one is added to {@code notes}. */
    static List<CoreMap> apply(List<CoreMap> sentences, int max, List<Failure> notes) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                renumber(s, out.size());
                out.add(s);
                continue;
            }
            int parts = 0;
            int from = 0;
            int first = out.size();
            while (from < tokens.size()) {
                int to = from + max >= tokens.size() ? tokens.size() : cut(tokens, from, max);
                out.add(part(tokens.subList(from, to), out.size()));
                parts++;
                from = to;
            }
            notes.add(new Failure("annotate", first, "a sentence of " + tokens.size() + " tokens (characters "
                    + tokens.get(0).beginPosition() + "-" + tokens.get(tokens.size() - 1).endPosition()
                    + ") was split into " + parts + " parts of at most " + max + " tokens before parsing"));
        }
        return out;
    }

    /** Where the part starting at {@code from} ends: after the last clause boundary in its last third, else at the limit. */
    private static int cut(List<CoreLabel> tokens, int from, int max) {
        int limit = from + max;
        for (int i = limit - 1; i >= from + max * 2 / 3; i--) {
            String word = tokens.get(i).word();
            if (BREAK_AFTER.contains(word)) {
                return i + 1;
            }
            if (BREAK_BEFORE.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return i;
            }
        }
        return limit;
    }

    private static CoreMap part(List<CoreLabel> tokens, int index) {
        CoreMap s = new ArrayCoreMap();
        List<CoreLabel> own = new ArrayList<>(tokens);
        s.set(CoreAnnotations.TokensAnnotation.class, own);
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, own.get(0).beginPosition());
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, own.get(own.size() - 1).endPosition());
        renumber(s, index);
        return s;
    }

    /** Sentence index on the sentence and its tokens, token indexes 1-based within it, as the parser expects. */
    private static void renumber(CoreMap s, int index) {
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            t.setIndex(i + 1);
            t.setSentIndex(index);
        }
    }
}
