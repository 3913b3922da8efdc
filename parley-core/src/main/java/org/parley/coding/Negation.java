package org.parley.coding;

import org.parley.model.Sentence;

/**
 * A negated predicate codes the pattern's negated code ("will not accept" is a rejection), or
 * a refusal when it is a future cooperative act ("will not provide aid"), or nothing ("did
 * not attack").
 */
final class Negation implements CandidateStage {

    private final Modality modality;

    Negation(Modality modality) {
        this.modality = modality;
    }

    @Override
    public String name() {
        return "negation";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        boolean negated = s.isNegated(c.trigger()) || c.predicate() != c.trigger() && s.isNegated(c.predicate());
        if (!negated) {
            return c;
        }
        Pattern p = c.pattern();
        String refusal = p.negated() == null && c.verbal() ? modality.asRefusal(s, c.predicate(), c.code()) : null;
        if (refusal != null) {
            ctx.log("  negated future " + c.code() + " ('will not', 'would not'): a refusal, " + refusal);
            return c.withNegated(true).withCode(refusal, p.id() + ":refusal");
        }
        if (p.negated() == null) {
            return skip("negated, and the pattern codes nothing when negated");
        }
        return c.withNegated(true).withCode(p.negated(), p.id() + ":negated");
    }
}
