package org.parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parley.actors.ClauseActors;
import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.ontology.Ontology;

/**
 * A hostile act inside someone's view, fear or claim is that someone's charge, not the act:
 * "Lavrov reiterated Russia's view that NATO's expansion poses a direct threat to Russian
 * security" is Russia accusing NATO (112), not NATO threatening Russia. The holder is the
 * view's possessor, else the subject of the verb that voices it. Views of other acts ("the
 * belief that talks will resume") keep their events.
 */
final class HeldViews implements SentenceStage {

    /** Roots of acts that, inside a held view, are a charge against their actor. */
    private static final Set<String> HOSTILE_ROOTS = Set.of("11", "13", "15", "16", "17", "18", "19", "20");
    private static final String ACCUSE = "112";

    private final Ontology ontology;
    private final Set<String> opinionNouns;

    HeldViews(Ontology ontology, WordLists words) {
        this.ontology = ontology;
        this.opinionNouns = words.get("coding.opinion-nouns");
    }

    @Override
    public List<Event> apply(List<Event> events, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Token trigger = s.tokenAt(e.evidence().trigger());
            Token view = trigger == null || !HOSTILE_ROOTS.contains(e.type().root()) ? null : viewOf(s, trigger);
            List<Mention> holder = view == null ? List.of() : holder(s, view, ctx);
            if (holder.isEmpty()) {
                out.add(e);
                continue;
            }
            List<Mention> accused = new ArrayList<>(e.source());
            accused.removeIf(m -> holder.stream().anyMatch(h -> h.actor().code().equals(m.actor().code())));
            ctx.log("  " + e.type().code() + " '" + trigger.text() + "' is held in the " + view.text()
                    + " of " + holder.get(0).text() + (accused.isEmpty() ? ": no act of its own" : ": an accusation (112)"));
            if (!accused.isEmpty()) {
                Evidence ev = new Evidence(e.evidence().docId(), s.index(), s.text(), s.span(), s.clauseSpan(view),
                        view.span(), view.text(), "view.accusation+" + e.evidence().rule());
                out.add(new Event(Dyads.dedupe(holder), Dyads.dedupe(accused), ontology.get(ACCUSE), e.date(), null,
                        false, ev));
            }
        }
        return out;
    }

    /** The opinion noun whose content clause holds the trigger ("view that ..."), or null. */
    private Token viewOf(Sentence s, Token trigger) {
        Token cur = trigger;
        for (int guard = 0; guard < 6 && cur.head() >= 0; guard++) {
            Token head = s.token(cur.head());
            if ((cur.relation().equals("ccomp") || cur.relation().startsWith("acl")) && head.isNoun()
                    && opinionNouns.contains(head.lemma())) {
                return head;
            }
            cur = head;
        }
        return null;
    }

    /** Whose view it is: its possessor ("Russia's view"), else who voices it ("Moscow expressed concern that"). */
    private static List<Mention> holder(Sentence s, Token view, SentenceContext ctx) {
        for (Token c : s.children(view.index(), "nmod:poss")) {
            List<Mention> owners = ClauseActors.actorsWithConj(s, c, ctx.mentions());
            if (!owners.isEmpty()) {
                return owners;
            }
        }
        if (view.relation().equals("obj") && view.head() >= 0) {
            return ClauseActors.subjectOf(s, s.token(view.head()), ctx.mentions(), 0);
        }
        return List.of();
    }
}
