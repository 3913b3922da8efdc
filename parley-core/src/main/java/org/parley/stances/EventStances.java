package org.parley.stances;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Events that take a position become stances of their source on what they are about:
 * agreeing, supporting, giving aid and demanding endorse; accusing and rejecting oppose. The
 * proposition is the trigger's object or clause (an adjective's subject); giving aid is its
 * act with the recipient ("send missiles to Ukraine"), conditional when hedged.
 */
final class EventStances implements StanceReading {

    /** CAMEO roots of position-taking events: 03, 05, 07, 10 endorse; 11, 12 oppose. */
    private static final Set<String> STANCE_ROOTS = Set.of("03", "05", "07", "10", "11", "12");

    private final Propositions propositions;

    EventStances(Propositions propositions) {
        this.propositions = propositions;
    }

    /** The stances of the events triggered on the word; true when there are any such events. */
    @Override
    public boolean read(Token trigger, SentenceStances at) {
        List<Event> events = at.eventsOn(trigger);
        for (Event e : events) {
            stance(trigger, e, at);
        }
        return !events.isEmpty();
    }

    private void stance(Token trigger, Event e, SentenceStances at) {
        Sentence s = at.sentence();
        String root = e.type().root();
        if (!STANCE_ROOTS.contains(root)) {
            return;
        }
        Token proposition = trigger.isAdjective() ? s.child(trigger.index(), "nsubj").orElse(null)
                : s.child(trigger.index(), "obj").or(() -> s.child(trigger.index(), "xcomp"))
                        .or(() -> s.child(trigger.index(), "ccomp")).orElse(null);
        if (proposition == null) {
            return;
        }
        Polarity polarity = root.equals("11") || root.equals("12") ? Polarity.OPPOSE : Polarity.SUPPORT;
        BitSet words = propositions.words(s, proposition);
        if (root.equals("07") && trigger.isVerb()) {
            // Giving aid: the act with its recipient is the proposition ("send missiles to Ukraine");
            // "could send ... if" is a conditional offer.
            words.or(s.subtree(trigger.index(), c -> c.head() != trigger.index() || c.baseRelation().equals("obl")
                    || c.relation().equals("obj") || c.relation().equals("compound:prt")));
            if (propositions.hedged(s, trigger, s.subtree(trigger.index())) || propositions.conditioned(s, trigger)) {
                polarity = Polarity.CONDITIONAL;
            }
        }
        for (Mention h : e.source()) {
            Issue issue = propositions.issueOf(s, proposition, words, at.history(), h.actor().country());
            if (!issue.key().startsWith("topic:") || root.equals("12")) {
                at.take(new Stance(h, issue, polarity, 0.9, at.evidence(trigger, words, "stance.event." + e.evidence().rule())));
            }
        }
    }
}
