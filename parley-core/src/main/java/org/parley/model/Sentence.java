package org.parley.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A parsed sentence: tokens with a dependency tree. Children lists are computed once, so
 * walking the tree is cheap for the coder's many passes.
 */
public final class Sentence {

    private final int index;
    private final Span span;
    private final String text;
    private final List<Token> tokens;
    private final int[][] children;
    private final List<List<Token>> childTokens;

    /**
     * @param index     0-based sentence number in its document
     * @param span      offsets of the sentence in the document text
     * @param text      the sentence's text, {@code span.of(documentText)}
     * @param tokens    the tokens in order; heads must point inside the sentence
     */
    public Sentence(int index, Span span, String text, List<Token> tokens) {
        this.index = index;
        this.span = Objects.requireNonNull(span, "span");
        this.text = Objects.requireNonNull(text, "text");
        this.tokens = List.copyOf(tokens);
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text length " + text.length() + " != span " + span);
        }
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < this.tokens.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < this.tokens.size(); i++) {
            Token t = this.tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("token " + i + " has index " + t.index());
            }
            if (!span.contains(t.span())) {
                throw new IllegalArgumentException("token " + t.text() + " " + t.span() + " outside sentence " + span);
            }
            if (t.head() >= this.tokens.size() || t.head() < -1) {
                throw new IllegalArgumentException("token " + i + " has head " + t.head() + " outside the sentence");
            }
            if (t.head() >= 0) {
                kids.get(t.head()).add(i);
            }
        }
        this.children = new int[kids.size()][];
        List<List<Token>> childTokens = new ArrayList<>(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            this.children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
            List<Token> ts = new ArrayList<>(this.children[i].length);
            for (int id : this.children[i]) {
                ts.add(this.tokens.get(id));
            }
            childTokens.add(List.copyOf(ts));
        }
        this.childTokens = List.copyOf(childTokens);
    }

    public int index() {
        return index;
    }

    public Span span() {
        return span;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The token's dependents, in sentence order (unmodifiable; built once, since the coder asks often). */
    public List<Token> children(int head) {
        return childTokens.get(head);
    }

    /** Dependents of {@code head} whose relation equals {@code relation} or has it as base (read-only). */
    public List<Token> children(int head, String relation) {
        List<Token> out = null;
        for (int id : children[head]) {
            Token t = tokens.get(id);
            if (t.relation().equals(relation) || t.hasBaseRelation(relation)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(t);
            }
        }
        return out == null ? List.of() : out;
    }

    public Optional<Token> child(int head, String relation) {
        for (int id : children[head]) {
            Token t = tokens.get(id);
            if (t.relation().equals(relation)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Optional<Token> parent(Token t) {
        return t.head() < 0 ? Optional.empty() : Optional.of(tokens.get(t.head()));
    }

    /** Token indices of the subtree under {@code head}, the head included. */
    public BitSet subtree(int head) {
        return subtree(head, t -> true);
    }

    /**
     * Token indices of the subtree under {@code head}, descending only through dependents that
     * {@code follow} accepts. The head is always included.
     */
    public BitSet subtree(int head, Predicate<Token> follow) {
        BitSet seen = new BitSet(tokens.size());
        collect(head, follow, seen);
        return seen;
    }

    private void collect(int node, Predicate<Token> follow, BitSet seen) {
        if (seen.get(node)) {
            return;
        }
        seen.set(node);
        for (int id : children[node]) {
            Token c = tokens.get(id);
            if (follow.test(c)) {
                collect(id, follow, seen);
            }
        }
    }

    /** The span covering the given tokens, or null when the set is empty. */
    public Span spanOf(BitSet ids) {
        int first = ids.nextSetBit(0);
        if (first < 0) {
            return null;
        }
        int last = ids.length() - 1;
        return new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
    }

    /** The token with exactly this span, or null (also for a null span). */
    public Token tokenAt(Span span) {
        if (span == null) {
            return null;
        }
        for (Token t : tokens) {
            if (t.span().equals(span)) {
                return t;
            }
        }
        return null;
    }

    /** True when {@code ancestor} dominates {@code node} (or is it). */
    public boolean dominates(int ancestor, int node) {
        int cur = node;
        int guard = tokens.size() + 1;
        while (cur >= 0 && guard-- > 0) {
            if (cur == ancestor) {
                return true;
            }
            cur = tokens.get(cur).head();
        }
        return false;
    }

    /** Words that negate the predicate they modify ("not", "n't", "never", "no"). */
    private static final java.util.Set<String> NEGATORS = java.util.Set.of("not", "n't", "never", "no", "nt");

    /** The (possibly multiword) preposition marking a nominal, lower-cased, or null. */
    public String caseOf(Token nominal) {
        List<Token> cases = children(nominal.index(), "case");
        if (cases.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Token c : cases) {
            if (c.pos().equals("POS")) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(c.text().toLowerCase(java.util.Locale.ROOT));
            for (Token f : children(c.index(), "fixed")) {
                b.append(' ').append(f.text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The span of a predicate's clause: its subtree without punctuation. */
    public Span clauseSpan(Token predicate) {
        return spanOf(subtree(predicate.index(), c -> !c.relation().equals("punct")));
    }

    /** Whether a negator ("not", "never", "no") modifies {@code t}. */
    public boolean isNegated(Token t) {
        for (Token c : children(t.index())) {
            String rel = c.baseRelation();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(c.lemma())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Sentence " + index + " " + span + ": " + text;
    }
}
