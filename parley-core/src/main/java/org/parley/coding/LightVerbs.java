package org.parley.coding;

import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Light verbs ("held talks", "launched an offensive", "imposed sanctions"): the eventive noun
 * they carry names the act, and the verb lends it its subject, negation and modality.
 */
final class LightVerbs {

    private final Set<String> verbs;

    LightVerbs(WordLists words) {
        this.verbs = words.get("coding.light-verbs");
    }

    boolean isLight(String lemma) {
        return verbs.contains(lemma);
    }

    /** Whether the noun is the object of a light verb: "held talks", "renewed negotiations". */
    boolean carries(Sentence s, Token noun) {
        return noun.relation().equals("obj") && noun.head() >= 0 && verbs.contains(s.token(noun.head()).lemma());
    }
}
