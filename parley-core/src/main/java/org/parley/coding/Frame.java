package org.parley.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The syntactic frame of a predicate: particle, object head, prepositional arguments. Each
 * part is read off the tree on first use and kept: most predicates have no pattern, so
 * their frame is never read. One frame belongs to one sentence's coding (not thread-safe).
 */
final class Frame {

    private final Sentence s;
    private final Token t;
    private boolean particleRead;
    private String particle;
    private boolean objectRead;
    private Token object;
    private Set<String> objectLemmas;
    private Map<String, List<Token>> preps;
    private Boolean passive;

    private Frame(Sentence s, Token t) {
        this.s = s;
        this.t = t;
    }

    static Frame of(Sentence s, Token t) {
        return new Frame(s, t);
    }

    String particle() {
        if (!particleRead) {
            particle = s.child(t.index(), "compound:prt").map(Token::lemma).orElse(null);
            particleRead = true;
        }
        return particle;
    }

    Token object() {
        if (!objectRead) {
            object = s.child(t.index(), "obj").orElse(null);
            objectRead = true;
        }
        return object;
    }

    Set<String> objectLemmas() {
        if (objectLemmas == null) {
            objectLemmas = objectLemmas(s, object());
        }
        return objectLemmas;
    }

    boolean passive() {
        if (passive == null) {
            passive = s.child(t.index(), "nsubj:pass").isPresent() || s.child(t.index(), "aux:pass").isPresent();
        }
        return passive;
    }

    /** The predicate's prepositional arguments by (possibly multiword) preposition, in sentence order. */
    Map<String, List<Token>> preps() {
        if (preps == null) {
            preps = new LinkedHashMap<>();
            for (Token c : s.children(t.index())) {
                String base = c.baseRelation();
                if (base.equals("obl") || base.equals("nmod") || c.relation().equals("obl:agent")) {
                    String p = s.caseOf(c);
                    if (p != null) {
                        preps.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        return preps;
    }

    /**
     * What the object is about, for object lists: its head lemma, compounds written
     * "peacekeeping-force", and the same for the "of" complement of an action noun
     * ("the deployment of NATO peacekeeping forces").
     */
    private static Set<String> objectLemmas(Sentence s, Token object) {
        if (object == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        addNominal(s, object, out);
        for (Token c : s.children(object.index())) {
            if (c.baseRelation().equals("nmod") && "of".equals(s.caseOf(c))) {
                addNominal(s, c, out);
            }
        }
        return out;
    }

    private static void addNominal(Sentence s, Token n, Set<String> out) {
        out.add(n.lemma());
        if (n.pos().equals("NNS") && n.lemma().endsWith("s") && n.lemma().length() > 3
                && n.lemma().equalsIgnoreCase(n.text())) {
            // The lemmatizer leaves some plurals alone ("troops"): the singular is the lexicon's word.
            out.add(n.lemma().substring(0, n.lemma().length() - 1));
        }
        boolean name = n.pos().startsWith("NNP");
        for (Token c : s.children(n.index())) {
            if (c.relation().equals("compound") || c.relation().equals("amod")) {
                out.add(c.lemma() + "-" + n.lemma());
                if (name && c.relation().equals("compound") && c.pos().startsWith("NN") && !c.pos().startsWith("NNP")) {
                    // "summoned Niger's ambassador Brah Mohamane": the title says what the named object is.
                    out.add(c.lemma());
                }
            }
        }
    }
}
