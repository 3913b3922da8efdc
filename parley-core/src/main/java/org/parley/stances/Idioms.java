package org.parley.stances;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.DocumentMentions;
import org.parley.actors.ClauseActors;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Idioms of diplomatic speech whose words say nothing literal about the issue:
 * <ul>
 * <li>"the door (to NATO) remains open (to Ukraine)", "keep the door open": support; "closed": oppose;</li>
 * <li>"keep an open mind about joining NATO": undecided.</li>
 * </ul>
 * The holder is the subject of "keep", else the speaker who asserts the clause.
 */
final class Idioms {

    private static final Set<String> OPEN = Set.of("open", "ajar");
    private static final Set<String> SHUT = Set.of("closed", "shut");

    private final Propositions propositions;

    Idioms(Propositions propositions) {
        this.propositions = propositions;
    }

    boolean add(ParsedDocument doc, Sentence s, Token t, DocumentMentions mentions, QuoteHolders quotes,
                List<Stance> history, List<Stance> out) {
        if (t.lemma().equals("door") && t.isNoun()) {
            Token state = stateOf(s, t);
            if (state == null) {
                return false;
            }
            String w = state.text().toLowerCase(java.util.Locale.ROOT);
            Polarity polarity = OPEN.contains(w) ? Polarity.SUPPORT : Polarity.OPPOSE;
            if (s.isNegated(state) || state.head() >= 0 && s.isNegated(s.token(state.head()))) {
                polarity = Propositions.flip(polarity);
            }
            BitSet words = Propositions.words(s, t);
            for (Token c : s.children(state.index())) {
                if (c.baseRelation().equals("obl")) {
                    words.or(s.subtree(c.index()));
                }
            }
            return stance(doc, s, t, state, words, polarity, 0.7, "stance.idiom.door", mentions, quotes, history, out);
        }
        if (t.lemma().equals("mind") && t.isNoun() && s.children(t.index(), "amod").stream()
                .anyMatch(a -> a.lemma().equals("open"))) {
            List<Token> around = new java.util.ArrayList<>(s.children(t.index()));
            if (t.head() >= 0) {
                // "keep an open mind about joining NATO" with the phrase attached to "keep".
                s.children(t.head()).stream().filter(c -> c.baseRelation().equals("obl")
                        && "about".equals(s.caseOf(c))).forEach(around::add);
            }
            for (Token c : around) {
                if (c.baseRelation().equals("nmod") || c.relation().startsWith("acl") || c.baseRelation().equals("obl")) {
                    return stance(doc, s, t, t, Propositions.words(s, c), Polarity.UNDECIDED, 0.5, "stance.idiom.open-mind",
                            mentions, quotes, history, out);
                }
            }
        }
        return false;
    }

    /** "open"/"closed" said of the door: its predicate, or the object complement of "keep the door open". */
    private static Token stateOf(Sentence s, Token door) {
        if (door.head() < 0) {
            return null;
        }
        Token head = s.token(door.head());
        if (door.relation().equals("nsubj") && isState(head)) {
            return head;
        }
        if (door.relation().equals("nsubj")) {
            Optional<Token> x = s.child(head.index(), "xcomp").filter(Idioms::isState);
            if (x.isPresent()) {
                return x.get();
            }
        }
        if (door.relation().equals("obj")) {
            return s.child(head.index(), "xcomp").filter(Idioms::isState).orElse(null);
        }
        return null;
    }

    private static boolean isState(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return OPEN.contains(w) || SHUT.contains(w);
    }

    private boolean stance(ParsedDocument doc, Sentence s, Token head, Token trigger, BitSet words, Polarity polarity,
                           double strength, String rule, DocumentMentions mentions, QuoteHolders quotes,
                           List<Stance> history, List<Stance> out) {
        Mention holder = null;
        Token governor = trigger.head() >= 0 ? s.token(trigger.head()) : null;
        if (governor != null && governor.isVerb() && !governor.lemma().equals("remain") && !governor.lemma().equals("be")) {
            List<Mention> subjects = ClauseActors.subjectOf(s, governor, mentions, 0);
            holder = subjects.isEmpty() ? null : subjects.get(0);
        }
        if (holder == null) {
            holder = quotes.speakerOf(s, trigger);
        }
        if (holder == null) {
            List<Mention> above = Holders.speakerAbove(s, trigger, mentions);
            holder = above.isEmpty() ? null : above.get(0);
        }
        if (holder == null || holder.actor().country() == null) {
            return false;
        }
        Issue issue = propositions.issueOf(s, head, words, history, holder.actor().country());
        if (issue.key().startsWith("topic:")) {
            return false;
        }
        Stance st = new Stance(holder, issue, polarity, strength, Propositions.evidence(doc, s, trigger, words, rule));
        out.add(st);
        history.add(st);
        return true;
    }
}
