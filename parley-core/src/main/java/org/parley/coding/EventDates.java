package org.parley.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.parley.actors.ActorResolver;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.time.DateResolver;

/**
 * When the event happened: a date in the predicate's temporal modifiers ("on Tuesday", "last
 * month"), or in those of the verbs whose complement it is, resolved against the publication
 * date; else the publication date. People are then coded as of that date: the office they
 * held when they acted, not when the article was written.
 */
final class EventDates implements CandidateStage {

    private final ActorResolver resolver;

    EventDates(ActorResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "date";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        LocalDate published = ctx.doc().document().published();
        LocalDate date = of(ctx.sentence(), c.trigger(), published);
        if (date == null || date.equals(published)) {
            return c.withDate(date);
        }
        return c.withDate(date).withParties(asOf(c.source(), date), asOf(c.target(), date), c.targetOnly());
    }

    private List<Mention> asOf(List<Mention> mentions, LocalDate date) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            var actor = resolver.onDate(m.actor(), date);
            out.add(actor == m.actor() ? m
                    : new Mention(m.span(), m.text(), actor, m.sentenceIndex(), m.head(), m.how() + "+event-date"));
        }
        return out;
    }

    static LocalDate of(Sentence s, Token t, LocalDate published) {
        List<Token> temporal = new ArrayList<>();
        Token cur = t;
        for (int guard = 0; guard < 3 && cur != null; guard++) {
            for (Token c : s.children(cur.index())) {
                String rel = c.relation();
                if (rel.startsWith("obl") || rel.startsWith("nmod:tmod") || rel.equals("advmod")) {
                    BitSet sub = s.subtree(c.index());
                    for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
                        temporal.add(s.token(i));
                    }
                }
            }
            if (!cur.relation().equals("ccomp") && !cur.relation().equals("xcomp")) {
                break;
            }
            cur = cur.head() < 0 ? null : s.token(cur.head());
        }
        return DateResolver.resolve(s, temporal, published).orElse(published);
    }
}
