package org.parley.coding;

import java.util.ArrayList;
import java.util.List;

import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Whom an intended or promised act is for, read deeper in its clause ("promised to continue
 * military aid to Mozambique"), and the arguments that are the actor's own rather than a
 * target: the forces it sends, and its own country named as a modifier ("U.S. support").
 */
final class IntentTargets {

    /** Prepositions whose object is the target of a verb. */
    static final List<String> TARGET_PREPS = List.of("with", "to", "against", "on", "from", "for");

    private IntentTargets() {
    }

    /** A state named as a modifier ("U.S. support") that is the country of one of the sources. */
    static boolean ownCountryModifier(Mention m, List<Mention> source) {
        return "country-modifier".equals(m.how()) && m.actor().sector() == null && m.actor().country() != null
                && source.stream().anyMatch(x -> m.actor().country().equals(x.actor().country()));
    }

    /**
     * The actors an intended act is done to, breadth first through its clause: its indirect
     * object, prepositional objects ("to", "with", "for", ...) and object (not the forces it
     * sends), then those of its
     * own complements and purpose clauses ("to help protect Lithuania"), up to three levels.
     * An object that names only the source's own country ("U.S. support") is whose the act
     * is; whom it is for is then its own prepositional phrase ("for Lebanon").
     */
    static List<Mention> of(Sentence s, Token clause, DocumentMentions mentions, List<Mention> source) {
        List<Token> level = List.of(clause);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Mention> found = new ArrayList<>();
            List<Token> next = new ArrayList<>();
            for (Token v : level) {
                for (Token arg : s.children(v.index())) {
                    String rel = arg.relation();
                    String prep = arg.baseRelation().equals("obl") ? s.caseOf(arg) : null;
                    if (rel.equals("iobj") || prep != null && TARGET_PREPS.contains(prep)) {
                        found.addAll(ClauseActors.actorsInside(s, arg, mentions));
                    } else if (rel.equals("obj")) {
                        // Forces sent or contributed are the actor's own means, not whom the act is for.
                        for (Mention m : objectActors(s, arg, mentions, source)) {
                            if (!ownForces(s, arg, m) && !instrument(m)) {
                                found.add(m);
                            }
                        }
                    } else if ((rel.equals("xcomp") || rel.equals("advcl") || rel.equals("dep")) && infinitive(s, arg)) {
                        next.add(arg);
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            level = next;
        }
        return List.of();
    }

    private static List<Mention> objectActors(Sentence s, Token object, DocumentMentions mentions,
                                              List<Mention> source) {
        List<Mention> inside = ClauseActors.actorsInside(s, object, mentions);
        if (inside.isEmpty() || !inside.stream().allMatch(m -> ownCountryModifier(m, source))) {
            return inside;
        }
        List<Mention> out = new ArrayList<>();
        for (Token c : s.children(object.index())) {
            String prep = c.baseRelation().equals("nmod") ? s.caseOf(c) : null;
            if (prep != null && TARGET_PREPS.contains(prep)) {
                out.addAll(ClauseActors.actorsInside(s, c, mentions));
            }
        }
        return out.isEmpty() ? inside : out;
    }

    /**
     * A verb continuing the intended act: infinitive or bare, without a subject of its own
     * ("to help protect"); "while Macron urged Moscow" is another actor's clause.
     */
    private static boolean infinitive(Sentence s, Token v) {
        if (!v.isVerb() || s.child(v.index(), "nsubj").isPresent() || s.child(v.index(), "nsubj:pass").isPresent()) {
            return false;
        }
        for (Token m : s.children(v.index(), "mark")) {
            if (!m.lemma().equals("to")) {
                return false;
            }
        }
        return true;
    }

    /** Armed forces or police whose country the phrase does not say ("4,000 troops"): a means, not a party. */
    private static boolean instrument(Mention m) {
        String sector = m.actor().sector();
        return ("MIL".equals(sector) || "COP".equals(sector)) && m.actor().country() == null;
    }

    /**
     * "offered its troops to Lebanon", "withdrew their forces": armed forces that a possessive
     * pronoun gives to the subject are the source's instrument, not the one acted on ("met his
     * counterpart" keeps its target).
     */
    static boolean ownForces(Sentence s, Token object, Mention m) {
        String sector = m.actor().sector();
        return ("MIL".equals(sector) || "COP".equals(sector))
                && s.children(object.index(), "nmod:poss").stream().anyMatch(p -> p.pos().equals("PRP$"));
    }
}
