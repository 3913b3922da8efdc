package org.parley.stances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.ClauseActors;
import org.parley.data.WordLists;
import org.parley.model.Issue;
import org.parley.model.Mention;
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
final class Idioms implements StanceReading {

    private final Propositions propositions;
    /** What an open door is said to be ("open", "ajar"); a shut one ("closed"). */
    private final Set<String> open;
    private final Set<String> shut;

    Idioms(Propositions propositions, WordLists words) {
        this.propositions = propositions;
        this.open = words.get("stances.open-door-states");
        this.shut = words.get("stances.shut-door-states");
    }

    @Override
    public boolean read(Token t, SentenceStances at) {
        Sentence s = at.sentence();
        if (t.lemma().equals("door") && t.isNoun()) {
            Token state = stateOf(s, t);
            if (state == null) {
                return false;
            }
            String w = state.text().toLowerCase(Locale.ROOT);
            Polarity polarity = open.contains(w) ? Polarity.SUPPORT : Polarity.OPPOSE;
            if (s.isNegated(state) || state.head() >= 0 && s.isNegated(s.token(state.head()))) {
                polarity = Propositions.flip(polarity);
            }
            BitSet words = propositions.words(s, t);
            for (Token c : s.children(state.index())) {
                if (c.baseRelation().equals("obl")) {
                    words.or(s.subtree(c.index()));
                }
            }
            return stance(at, t, state, words, polarity, 0.7, "stance.idiom.door");
        }
        if (t.lemma().equals("mind") && t.isNoun() && s.children(t.index(), "amod").stream()
                .anyMatch(a -> a.lemma().equals("open"))) {
            List<Token> around = new ArrayList<>(s.children(t.index()));
            if (t.head() >= 0) {
                // "keep an open mind about joining NATO" with the phrase attached to "keep".
                s.children(t.head()).stream().filter(c -> c.baseRelation().equals("obl")
                        && "about".equals(s.caseOf(c))).forEach(around::add);
            }
            for (Token c : around) {
                if (c.baseRelation().equals("nmod") || c.relation().startsWith("acl") || c.baseRelation().equals("obl")) {
                    return stance(at, t, t, propositions.words(s, c), Polarity.UNDECIDED, 0.5, "stance.idiom.open-mind");
                }
            }
        }
        return false;
    }

    /** "open"/"closed" said of the door: its predicate, or the object complement of "keep the door open". */
    private Token stateOf(Sentence s, Token door) {
        if (door.head() < 0) {
            return null;
        }
        Token head = s.token(door.head());
        if (door.relation().equals("nsubj") && isState(head)) {
            return head;
        }
        if (door.relation().equals("nsubj")) {
            Optional<Token> x = s.child(head.index(), "xcomp").filter(this::isState);
            if (x.isPresent()) {
                return x.get();
            }
        }
        if (door.relation().equals("obj")) {
            return s.child(head.index(), "xcomp").filter(this::isState).orElse(null);
        }
        return null;
    }

    private boolean isState(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return open.contains(w) || shut.contains(w);
    }

    private boolean stance(SentenceStances at, Token head, Token trigger, BitSet words, Polarity polarity,
                           double strength, String rule) {
        Sentence s = at.sentence();
        Mention holder = null;
        Token governor = trigger.head() >= 0 ? s.token(trigger.head()) : null;
        if (governor != null && governor.isVerb() && !governor.lemma().equals("remain") && !governor.lemma().equals("be")) {
            List<Mention> subjects = ClauseActors.subjectOf(s, governor, at.mentions(), 0);
            holder = subjects.isEmpty() ? null : subjects.get(0);
        }
        if (holder == null) {
            holder = at.quotes().speakerOf(s, trigger);
        }
        if (holder == null) {
            List<Mention> above = Holders.speakerAbove(s, trigger, at.mentions());
            holder = above.isEmpty() ? null : above.get(0);
        }
        if (holder == null || holder.actor().country() == null) {
            return false;
        }
        Issue issue = propositions.issueOf(s, head, words, at.history(), holder.actor().country());
        if (issue.key().startsWith("topic:")) {
            return false;
        }
        at.take(new Stance(holder, issue, polarity, strength, at.evidence(trigger, words, rule)));
        return true;
    }
}
