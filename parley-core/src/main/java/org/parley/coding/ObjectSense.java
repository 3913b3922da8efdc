package org.parley.coding;

import java.util.List;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * A verb's sense depends on what it is done to. Acts of force and their military undoing
 * (roots 15 and 17-20, CAMEO 087x) and diplomatic recognition (054) need an object of their
 * kind: people, forces, weapons, places, states. Done to an economic object ("eliminated tariff
 * barriers", "dismantled non-tariff barriers"), a verb of removal eases economic sanctions or
 * trade barriers (085); any other such act is no act of force. Done to an abstract object
 * ("recognized the importance of trade"), it is no event; done to a text ("drafted a peace
 * framework", "blasted the agreement"), it is no act of force. Nor is a death or injury in a mishap
 * ("killed in a road accident").
 */
final class ObjectSense implements CandidateStage {

    /** Roots of force: military posture and the material conflict roots. */
    private static final Set<String> FORCE_ROOTS = Set.of("15", "17", "18", "19", "20");
    /** Easing economic sanctions, boycotts or embargoes. */
    private static final String EASE_ECONOMIC = "085";

    /** Prepositions of what caused a death or damage: "killed in", "died from", "injured by". */
    private static final List<String> MISHAP_PREPS = List.of("in", "by", "from", "during");

    private final Set<String> mishaps;
    private final Set<String> economicObjects;
    private final Set<String> abstractObjects;
    private final Set<String> documentObjects;
    private final Set<String> removalVerbs;

    ObjectSense(WordLists words) {
        this.mishaps = words.get("coding.mishap-nouns");
        this.economicObjects = words.get("coding.economic-objects");
        this.abstractObjects = words.get("coding.abstract-objects");
        this.documentObjects = words.get("coding.document-objects");
        this.removalVerbs = words.get("coding.removal-verbs");
    }

    @Override
    public String name() {
        return "object-sense";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        if (c.kind() != Pattern.PredicateKind.VERB || !needsConcreteObject(c.code())) {
            return c;
        }
        for (String prep : MISHAP_PREPS) {
            for (Token cause : c.frame().preps().getOrDefault(prep, List.of())) {
                if (mishaps.contains(cause.lemma())) {
                    // "killed in a road accident", "died in the earthquake": no one's act of force.
                    return skip("'" + cause.text() + "' is a mishap, not an act of force");
                }
            }
        }
        Token object = c.frame().object();
        if (object == null) {
            return c;
        }
        Sentence s = ctx.sentence();
        if (economicObjects.contains(object.lemma()) || economicObjects.contains(singular(object))) {
            if (removalVerbs.contains(c.trigger().lemma())) {
                ctx.log("  '" + object.text() + "' is an economic object: removing it eases trade barriers ("
                        + EASE_ECONOMIC + ")");
                return c.withCode(EASE_ECONOMIC, c.rule() + ":economic");
            }
            return skip("'" + object.text() + "' is an economic object, not one of force");
        }
        if (documentObjects.contains(object.lemma()) || documentObjects.contains(singular(object))) {
            // "drafted a peace framework", "blasted the agreement", "shot down the proposal".
            return skip("'" + object.text() + "' is a text, not an object of force");
        }
        if (abstractObjects.contains(object.lemma()) && s.children(object.index(), "nmod:poss").isEmpty()) {
            return skip("'" + object.text() + "' is an abstract object");
        }
        return c;
    }

    private static boolean needsConcreteObject(String code) {
        return FORCE_ROOTS.contains(code.substring(0, 2)) || code.startsWith("087") || code.equals("054");
    }

    /** The singular of a plural the lemmatizer left alone. */
    private static String singular(Token t) {
        String l = t.lemma();
        return l.endsWith("s") && l.length() > 3 ? l.substring(0, l.length() - 1) : l;
    }
}
