package org.parley.coding;

import org.parley.model.Sentence;

/**
 * Modal auxiliaries recode an act that is not negated: a future act on an "unless" condition
 * is an ultimatum (a threat), a future or possible hostile act a threat, a future cooperative
 * act an expression of intent.
 */
final class ModalCodes implements CandidateStage {

    private final Modality modality;

    ModalCodes(Modality modality) {
        this.modality = modality;
    }

    @Override
    public String name() {
        return "modality";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        if (!c.verbal() || c.negated()) {
            return c;
        }
        Sentence s = ctx.sentence();
        String code = c.code();
        if (modality.isUltimatum(s, c.predicate())) {
            // "will withdraw its force unless the president arranges a ceasefire": a threat.
            String ultimatum = modality.asUltimatum(code);
            ctx.log("  future " + code + " on an 'unless' condition: a threat, " + ultimatum);
            return c.withCode(ultimatum, c.rule() + ":ultimatum");
        }
        String threat = modality.asThreat(s, c.predicate(), code);
        if (threat != null) {
            ctx.log("  future or possible " + code + " ('will', 'would', 'may'): a threat, " + threat);
            return c.withCode(threat, c.rule() + ":threat");
        }
        String promise = modality.asPromise(s, c.predicate(), code);
        if (promise != null) {
            ctx.log("  future " + code + " ('will', 'would'): an intent, " + promise);
            return c.withCode(promise, c.rule() + ":intent");
        }
        return c;
    }
}
