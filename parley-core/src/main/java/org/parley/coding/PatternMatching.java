package org.parley.coding;

import java.util.List;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Location;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Finds the lexicon pattern a predicate matches: a compound first ("air strike", "mediation
 * mission"), then the lemma (a "re-" verb as the verb), then, for an eventive noun a light
 * verb carries, the noun with its prepositions optional. An intent head that codes nothing
 * alone ("decided to allow") is kept for the intent stage. A verb whose pattern names its
 * object gives that object noun its sense, so the noun codes nothing of another kind; a light
 * verb whose object is an eventive noun yields to the noun.
 */
final class PatternMatching implements CandidateStage {

    /** The bare statement code of speech verbs ("said", "announced"). */
    static final String STATEMENT = "010";

    private final Lexicon lexicon;
    private final LightVerbs lightVerbs;
    /** Nouns of a disposition to act ("readiness", "willingness"): with an infinitive, they name no act. */
    private final Set<String> dispositions;
    private final Places places;
    /** Nouns that name an undertaking whose kind a compound modifier gives ("peace effort", "mediation mission"). */
    private final Set<String> lightNouns;
    /** Verbs that take a "re" prefix for doing again: "reimpose", "reopen", "redeploy". */
    private final Set<String> repeatable;

    PatternMatching(Lexicon lexicon, LightVerbs lightVerbs, Places places, WordLists words) {
        this.lexicon = lexicon;
        this.lightVerbs = lightVerbs;
        this.places = places;
        this.lightNouns = words.get("coding.light-nouns");
        this.repeatable = words.get("coding.repeatable-verbs");
        this.dispositions = words.get("coding.disposition-nouns");
    }

    @Override
    public String name() {
        return "pattern";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        Token t = c.trigger();
        Pattern.PredicateKind kind = c.kind();
        Frame frame = c.frame();
        Pattern p = null;
        if (kind == Pattern.PredicateKind.NOUN) {
            for (Token m : s.children(t.index())) {
                if (m.relation().equals("compound") || m.relation().equals("amod")) {
                    Pattern compound = PatternMatcher.best(lexicon.patterns(kind, m.lemma() + "-" + t.lemma()), frame);
                    if (compound == null && m.relation().equals("compound") && lightNouns.contains(t.lemma())) {
                        // "a mediation mission between X and Y": the eventive modifier names the act.
                        compound = PatternMatcher.best(lexicon.patterns(kind, m.lemma()), frame);
                    }
                    if (compound != null) {
                        p = compound;
                    }
                }
            }
        }
        if (p == null) {
            p = PatternMatcher.best(lexicon.patterns(kind, predicateLemma(kind, t)), frame);
        }
        boolean carried = kind == Pattern.PredicateKind.NOUN && lightVerbs.carries(s, t);
        if (p == null && (carried || kind == Pattern.PredicateKind.NOUN && partiesInModifier(s, t))) {
            // "held talks", "the U.S.-China Economic and Trade Meeting": the parties come from the
            // light verb or the modifier, not from the pattern's prepositions.
            p = PatternMatcher.best(lexicon.patterns(kind, t.lemma()), frame, true);
        }
        List<Pattern> nounPatterns = kind == Pattern.PredicateKind.NOUN ? lexicon.patterns(kind, t.lemma()) : List.of();
        if (!nounPatterns.isEmpty()) {
            // Any mention of an eventive noun can lend its place to a coded mention of the same event.
            Location where = places.locate(s, t, null);
            if (where != null) {
                String root = (p != null ? p : nounPatterns.get(0)).cameo().substring(0, 2);
                ctx.nominal(new Places.NominalMention(s.index(), root, where));
            }
        }
        boolean headOnly = false;
        if (p == null && kind != Pattern.PredicateKind.NOUN && lexicon.isIntentHead(t.lemma())
                && s.child(t.index(), "xcomp").filter(Token::isVerb).isPresent()) {
            // "decided to allow", "tried to hack": a head that codes nothing alone still composes
            // with its complement through intent.tsv.
            p = new Pattern("intent-head." + t.lemma(), STATEMENT, kind, t.lemma(), null, Set.of(), Set.of(), null);
            headOnly = true;
        }
        if (p == null) {
            return skip(null);
        }
        if (kind == Pattern.PredicateKind.NOUN && dispositions.contains(t.lemma()) && !p.cameo().startsWith("03")
                && withInfinitive(s, t)) {
            // "reiterated their readiness to continue working": a disposition to act, not an alert.
            return skip("'" + t.text() + "' is a disposition to act, its content the infinitive");
        }
        ctx.log("'" + t.text() + "' matches pattern " + p.id() + " (" + p.cameo() + ")");
        if (kind == Pattern.PredicateKind.VERB && !p.objects().isEmpty() && frame.object() != null) {
            // "staged a general strike": the verb's pattern gives its object noun a sense (a labour
            // strike, not an air strike); the noun codes nothing of another kind on its own.
            Token o = frame.object();
            Pattern own = PatternMatcher.best(lexicon.patterns(Pattern.PredicateKind.NOUN, o.lemma()), Frame.of(s, o), true);
            if (own != null && !own.cameo().startsWith(p.cameo().substring(0, 2))) {
                ctx.consume(o);
            }
        }
        if (kind == Pattern.PredicateKind.VERB && p.objects().isEmpty() && lightVerbs.isLight(t.lemma())
                && frame.object() != null && codesAsNoun(frame.object())) {
            // "undertook a mediation mission", "gave a warm welcome": the noun names the act.
            return skip("a light verb; its object '" + frame.object().text() + "' names the act");
        }
        // An eventive noun a light verb carries takes the verb's negation and modality: "would not
        // provide support", "will hold talks".
        return c.withPattern(p, headOnly, carried ? s.token(t.head()) : t);
    }

    /**
     * Whether a noun has an infinitive for its content: its own ("readiness to continue"), or,
     * as the parser often attaches it, one of the verb whose object it is ("reiterated their
     * readiness to continue").
     */
    private static boolean withInfinitive(Sentence s, Token noun) {
        List<Token> candidates = new java.util.ArrayList<>(s.children(noun.index(), "acl"));
        if (noun.relation().equals("obj") && noun.head() >= 0) {
            candidates.addAll(s.children(noun.head(), "xcomp"));
        }
        return candidates.stream().anyMatch(a -> a.isVerb() && a.index() > noun.index()
                && s.children(a.index(), "mark").stream().anyMatch(m -> m.lemma().equals("to")));
    }

    /** Whether a proper-noun modifier names parties: "U.S.-China", "Russian-Ukrainian", "EU". */
    private static boolean partiesInModifier(Sentence s, Token noun) {
        for (Token m : s.children(noun.index())) {
            if ((m.relation().equals("compound") || m.relation().equals("amod")) && m.isProperNoun()
                    && m.text().indexOf('-') > 0) {
                return true;
            }
        }
        return false;
    }

    /** The lemma the lexicon knows a predicate by: "re-open" and "reimpose" as "open" and "impose". */
    private String predicateLemma(Pattern.PredicateKind kind, Token t) {
        String lemma = t.lemma();
        if (!lexicon.patterns(kind, lemma).isEmpty() || !lemma.startsWith("re")) {
            return lemma;
        }
        String rest = lemma.startsWith("re-") ? lemma.substring(3) : lemma.substring(2);
        return repeatable.contains(rest) || lemma.startsWith("re-") ? rest : lemma;
    }

    /** Whether a noun is an eventive noun of the lexicon. */
    private boolean codesAsNoun(Token n) {
        return n.isNoun() && !lexicon.patterns(Pattern.PredicateKind.NOUN, n.lemma()).isEmpty();
    }
}
