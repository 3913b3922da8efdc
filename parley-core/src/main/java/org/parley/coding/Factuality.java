package org.parley.coding;

/**
 * Drops predicates that report no act: inside a condition ("if Syldavia attacks"), a trailing
 * attribution ("..., officials said"), or an act wished, allowed, needed or demanded rather
 * than done ("wants to join", "demanded that the US cancel the sale").
 */
final class Factuality implements CandidateStage {

    private final Modality modality;

    Factuality(Modality modality) {
        this.modality = modality;
    }

    @Override
    public String name() {
        return "factuality";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        if (modality.isConditional(ctx.sentence(), c.trigger())) {
            return skip("inside a conditional clause");
        }
        if (c.pattern().cameo().equals(PatternMatching.STATEMENT) && c.trigger().relation().equals("parataxis")) {
            // "Troops shelled the town, officials said": who reports the news, not a statement event.
            return skip("an attribution of the report (parataxis), not a statement");
        }
        if (modality.isNonFactual(ctx.sentence(), c.predicate())) {
            return skip("a wished, allowed or needed act, not a reported one");
        }
        return c;
    }
}
