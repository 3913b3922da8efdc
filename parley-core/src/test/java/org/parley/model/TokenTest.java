package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenTest {

    private static Token withRelation(String relation) {
        return new Token(0, "x", "x", "NN", new Span(0, 1), -1, relation);
    }

    /** The allocation-free test must agree with cutting the relation, for subtypes and near misses alike. */
    @Test
    void hasBaseRelationAgreesWithBaseRelation() {
        List<String> relations = List.of("nmod", "nmod:poss", "nmod:tmod", "nmodx", "nmo", "obl", "obl:agent",
                "nsubj", "nsubj:pass", "nsubj:pass:x", "compound:prt", "root", "");
        List<String> bases = List.of("nmod", "nmod:poss", "obl", "nsubj", "nsubj:pass", "compound", "nmo", "root",
                "", ":");
        for (String relation : relations) {
            Token t = withRelation(relation);
            for (String base : bases) {
                assertEquals(t.baseRelation().equals(base), t.hasBaseRelation(base), relation + " / " + base);
            }
        }
    }
}
