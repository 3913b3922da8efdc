package org.parley.model;

import java.util.Objects;

/**
 * One token of a parsed sentence.
 *
 * @param index    0-based position in its sentence
 * @param text     the token exactly as it appears in the original text ({@code span.of(text)})
 * @param lemma    lower-cased lemma
 * @param pos      Penn Treebank part-of-speech tag
 * @param span     offsets into the original document text
 * @param head     index of the syntactic head in the same sentence, or -1 for the root
 * @param relation Universal Dependencies relation to the head ({@code root} for the root)
 */
public record Token(int index, String text, String lemma, String pos, Span span, int head, String relation) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(relation, "relation");
        if (index < 0) {
            throw new IllegalArgumentException("negative token index " + index);
        }
        if (head == index) {
            throw new IllegalArgumentException("token " + index + " is its own head");
        }
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isAdjective() {
        return pos.startsWith("JJ");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP");
    }

    /** The relation without its subtype: {@code nsubj:pass} gives {@code nsubj}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** {@code baseRelation().equals(base)}, without cutting the relation: the tree walks ask this often. */
    public boolean hasBaseRelation(String base) {
        return relation.startsWith(base) && (relation.length() == base.length() || relation.charAt(base.length()) == ':')
                && base.indexOf(':') < 0;
    }
}
