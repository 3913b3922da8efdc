package org.parley.coding;

import java.util.Optional;

import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * An intent head with an infinitive complement codes through {@code intent.tsv}: "agreed to
 * meet" is 036, "refused to comment" nothing, "urged Y to accept" the complement's own code
 * with the head's subject. The complement is then coded: it codes nothing of its own. A head
 * that codes only through its complement ("decided to") and composed nothing is dropped.
 */
final class IntentComposition implements CandidateStage {

    private final Lexicon lexicon;

    IntentComposition(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "intent";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        Token t = c.trigger();
        Optional<Token> complement = s.child(t.index(), "xcomp");
        // "discussed bilateral trade, talks to bring peace": a consultation's topic is its object;
        // an infinitive beside it is no complement of the talking.
        boolean topicGiven = c.root().equals("04") && s.child(t.index(), "obj").isPresent();
        if (complement.isPresent() && !c.negated() && !topicGiven && lexicon.isIntentHead(t.lemma())) {
            Token x = complement.get();
            Pattern cp = PatternMatcher.best(lexicon.patterns(Pattern.PredicateKind.VERB, x.lemma()), Frame.of(s, x));
            Lexicon.Intent in = lexicon.intent(t.lemma(), cp == null ? null : cp.cameo());
            if (in != null) {
                ctx.consume(x);
                if (in.cameo() == null) {
                    return skip("intent " + in.id() + ": '" + t.text() + " to " + x.text() + "' codes nothing");
                }
                if (in.cameo().equals(Lexicon.COMPLEMENT) && cp == null) {
                    return skip("intent " + in.id() + ": the complement '" + x.text() + "' codes nothing");
                }
                String code = in.cameo().equals(Lexicon.COMPLEMENT) ? cp.cameo() : in.cameo();
                String rule = in.id() + (cp == null ? "" : "+" + cp.id());
                ctx.log("  intent " + in.id() + ": '" + t.text() + " to " + x.text() + "' codes " + code);
                return c.withIntent(code, rule, cp == null ? null : new Candidate.Composition(x, cp, Frame.of(s, x)));
            }
        }
        if (c.headOnly()) {
            return skip("the head codes only through a complement, and none composed");
        }
        return c;
    }
}
