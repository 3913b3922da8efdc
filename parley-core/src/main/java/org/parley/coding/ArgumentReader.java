package org.parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.ActorResolver;
import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads the source and target off the predicate's arguments. A verb's source is its subject
 * (the "by" agent in the passive, the giver of "received ... from"), its target the indirect
 * object, the pattern's prepositional object, the actors inside the object, or whom a
 * directive's clause tells to act. An eventive noun's source is its possessor, a country
 * modifier, a "by" phrase or the light verb's subject; its target the pattern's prepositional
 * object or the parties "between" whom it happens. An evaluative adjective's source is whoever
 * asserts it, its target what it evaluates. A predicate with no source is dropped, unless it
 * is a passive or material act coded on its target alone.
 */
final class ArgumentReader implements CandidateStage {

    /** Roots whose target is the one told to act when it stands in a clausal complement. */
    private static final Set<String> DIRECTIVE_ROOTS = Set.of("02", "10", "13");
    /** The usual markers of whom an act is done to or with, when the pattern's own name no actor. */
    private static final Set<String> NOUN_TARGET_PREPS = Set.of("with", "to", "against", "on");

    private final Lexicon lexicon;
    private final ActorResolver resolver;
    private final LightVerbs lightVerbs;
    /** Verbs of receiving: with "from", the giver is the source and the receiver the target. */
    private final Set<String> converse;
    /** Verbs whose passive form states what the subject does: "were engaged in", "are involved in". */
    private final Set<String> stativePassives;
    /** Adjectives that describe their subject's disposition to act, not an evaluation by a speaker. */
    private final Set<String> dispositional;
    /** Verbs whose clause asserts an evaluation: "X said/considers Y unacceptable". */
    private final Set<String> judging;
    /** Nouns of a military operation, in which a passive act happened ("killed in a US operation"). */
    private final Set<String> operationNouns;

    ArgumentReader(Lexicon lexicon, ActorResolver resolver, LightVerbs lightVerbs, WordLists words) {
        this.lexicon = lexicon;
        this.resolver = resolver;
        this.lightVerbs = lightVerbs;
        this.converse = words.get("coding.converse-verbs");
        this.stativePassives = words.get("coding.stative-passives");
        this.dispositional = words.get("coding.dispositional-adjectives");
        this.judging = words.get("coding.judging-verbs");
        this.operationNouns = words.get("coding.operation-nouns");
    }

    @Override
    public String name() {
        return "arguments";
    }

    @Override
    public Step apply(Candidate c, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        DocumentMentions mentions = ctx.mentions();
        Token t = c.trigger();
        List<Mention> source = new ArrayList<>();
        List<Mention> target = new ArrayList<>();
        switch (c.kind()) {
            case VERB -> {
                if (c.composed()) {
                    // "X urged Y to accept the truce": X is the source; Y, the head's object, the target.
                    source.addAll(ClauseActors.subjectOf(s, t, mentions, 0));
                    s.child(t.index(), "obj").ifPresent(o -> target.addAll(ClauseActors.actorsInside(s, o, mentions)));
                    if (target.isEmpty()) {
                        verbArguments(s, c.argToken(), c.argPattern(), c.argFrame(), mentions, new ArrayList<>(), target);
                    }
                } else {
                    verbArguments(s, t, c.pattern(), c.frame(), mentions, source, target);
                }
            }
            case NOUN -> nounArguments(s, t, c.pattern(), mentions, source, target);
            case ADJ -> {
                if (c.composed() || dispositional.contains(t.lemma())) {
                    // "Ukraine is ready to accept": the subject is disposed to act.
                    s.child(t.index(), "nsubj").ifPresent(sj -> source.addAll(ClauseActors.actorsWithConj(s, sj, mentions)));
                    if (source.isEmpty()) {
                        source.addAll(ClauseActors.subjectOf(s, t, mentions, 0));
                    }
                    if (c.composed()) {
                        verbArguments(s, c.argToken(), c.argPattern(), c.argFrame(), mentions, new ArrayList<>(), target);
                    }
                } else {
                    adjectiveArguments(s, t, mentions, source, target);
                }
            }
            default -> throw new IllegalStateException();
        }
        Optional<Token> complement = s.child(t.index(), "xcomp");
        if (target.isEmpty() && !c.composed() && complement.isPresent() && complement.get().isVerb()) {
            // "ready to contribute troops to Liberia", "willing to withdraw from Lebanon": even when
            // the head codes its own event, whom the intended act concerns is the target.
            Token x = complement.get();
            Pattern cp = PatternMatcher.best(lexicon.patterns(Pattern.PredicateKind.VERB, x.lemma()), Frame.of(s, x));
            if (cp != null) {
                verbArguments(s, x, cp, Frame.of(s, x), mentions, new ArrayList<>(), target);
            }
        }
        if (target.isEmpty() && complement.isPresent() && complement.get().isVerb()
                && (c.composed() || lexicon.isIntentHead(t.lemma()) || dispositional.contains(t.lemma()))) {
            // "promised to continue military aid to Mozambique", "ready to send equipment to help
            // protect Lithuania": whom the intended act is for, deeper in its clause.
            target.addAll(IntentTargets.of(s, complement.get(), mentions, source));
        }
        if (target.isEmpty() && c.code().startsWith("13")) {
            // "threatened to halt the talks if Borduria deploys missiles": the one whose act is the condition.
            target.addAll(ClauseActors.conditionActors(s, t, mentions));
        }
        target.removeIf(m -> source.stream().anyMatch(x -> x.actor().code().equals(m.actor().code())));
        if (!target.isEmpty() && target.stream().allMatch(m -> IntentTargets.ownCountryModifier(m, source))
                && complement.isPresent() && complement.get().isVerb()) {
            // "pledged to continue U.S. support for Lebanon": whom the support is for, deeper in the clause.
            target.addAll(IntentTargets.of(s, complement.get(), mentions, source));
        }
        if (target.stream().anyMatch(m -> !IntentTargets.ownCountryModifier(m, source))) {
            // "pledged to continue U.S. support for Lebanon": the modifier says whose support it is.
            target.removeIf(m -> IntentTargets.ownCountryModifier(m, source));
        }
        boolean targetOnly = source.isEmpty() && !target.isEmpty() && c.kind() == Pattern.PredicateKind.VERB
                && !t.relation().startsWith("acl") && !t.relation().equals("amod")
                && (c.frame().passive() || Integer.parseInt(c.root()) >= 14);
        if (source.isEmpty() && !targetOnly) {
            return skip("no source actor found");
        }
        if (c.root().equals("04") && !target.isEmpty() && target.stream().allMatch(m -> "MED".equals(m.actor().sector()))) {
            // "spoke to reporters", "talked to the press": a briefing, not a consultation.
            return skip("talking to the media is no consultation");
        }
        if (targetOnly) {
            ctx.log("  source unnamed (passive or material conflict): coding the target alone");
        }
        return c.withParties(source, target, targetOnly);
    }

    private void verbArguments(Sentence s, Token t, Pattern p, Frame f, DocumentMentions mentions, List<Mention> source,
                               List<Mention> target) {
        if (f.passive() && stativePassives.contains(t.lemma()) && !f.preps().containsKey("by")) {
            // "Serb forces were engaged in ethnic cleansing": a state, not a passive; the subject acts.
            s.child(t.index(), "nsubj:pass").ifPresent(subj -> source.addAll(ClauseActors.actorsWithConj(s, subj, mentions)));
            for (String prep : p.preps()) {
                for (Token arg : f.preps().getOrDefault(prep, List.of())) {
                    target.addAll(ClauseActors.actorsInside(s, arg, mentions));
                }
            }
            return;
        }
        if (!f.passive() && converse.contains(t.lemma()) && p.preps().contains("from") && f.preps().containsKey("from")) {
            // "Georgian militias received weapons from the government": the giver acts toward the receiver.
            for (Token from : f.preps().get("from")) {
                source.addAll(ClauseActors.actorsInside(s, from, mentions));
            }
            target.addAll(ClauseActors.subjectOf(s, t, mentions, 0));
            return;
        }
        if (f.passive()) {
            for (Token by : f.preps().getOrDefault("by", List.of())) {
                source.addAll(ClauseActors.actorsWithConj(s, by, mentions));
            }
            if (source.isEmpty()) {
                // "was killed in a Ukrainian drone strike": whose attack it was.
                source.addAll(attackers(s, f, mentions));
            }
            s.child(t.index(), "nsubj:pass").ifPresent(subj -> target.addAll(ClauseActors.actorsWithConj(s, subj, mentions)));
            return;
        }
        source.addAll(ClauseActors.subjectOf(s, t, mentions, 0));
        s.child(t.index(), "iobj").ifPresent(o -> target.addAll(ClauseActors.actorsInside(s, o, mentions)));
        if (target.isEmpty()) {
            for (String prep : p.preps()) {
                for (Token arg : f.preps().getOrDefault(prep, List.of())) {
                    target.addAll(ClauseActors.actorsInside(s, arg, mentions));
                }
            }
        }
        if (target.isEmpty() && f.object() != null) {
            // "presented evidence against Russia", "imposed sanctions on Iran": the pattern's
            // preposition hangs on the object.
            for (Token c : s.children(f.object().index())) {
                String prep = c.baseRelation().equals("nmod") ? s.caseOf(c) : null;
                if (prep != null && p.preps().contains(prep)) {
                    target.addAll(ClauseActors.actorsInside(s, c, mentions));
                }
            }
        }
        if (target.isEmpty() && f.object() != null) {
            for (Mention m : ClauseActors.actorsInside(s, f.object(), mentions)) {
                if (!IntentTargets.ownForces(s, f.object(), m)) {
                    target.add(m);
                }
            }
        }
        if (target.isEmpty() && DIRECTIVE_ROOTS.contains(p.cameo().substring(0, 2))) {
            // "demanded that the US cancel the sale": the one told to act is the target.
            for (Token c : s.children(t.index(), "ccomp")) {
                s.child(c.index(), "nsubj").ifPresent(sj -> target.addAll(ClauseActors.actorsWithConj(s, sj, mentions)));
                s.child(c.index(), "nsubj:pass").ifPresent(sj -> target.addAll(ClauseActors.actorsWithConj(s, sj, mentions)));
            }
        }
        if (target.isEmpty()) {
            // The pattern's own prepositions named no actor: the usual markers of whom an act is
            // done to or with ("provide aid for Romania", "talks with Iran").
            for (String prep : IntentTargets.TARGET_PREPS) {
                for (Token arg : f.preps().getOrDefault(prep, List.of())) {
                    target.addAll(ClauseActors.actorsInside(s, arg, mentions));
                }
                if (!target.isEmpty()) {
                    break;
                }
            }
        }
    }



    private void nounArguments(Sentence s, Token n, Pattern p, DocumentMentions mentions, List<Mention> source,
                               List<Mention> target) {
        List<Mention> parties = new ArrayList<>();
        for (Token c : s.children(n.index())) {
            if (c.relation().equals("nmod:poss")) {
                source.addAll(ClauseActors.actorsWithConj(s, c, mentions));
            } else if (c.relation().equals("amod") || c.relation().equals("compound")) {
                source.addAll(modifierActors(s, c));
            }
        }
        for (Token c : s.children(n.index())) {
            String base = c.baseRelation();
            if (!(base.equals("nmod") || base.equals("acl"))) {
                continue;
            }
            String prep = s.caseOf(c);
            if (prep == null) {
                continue;
            }
            if (prep.equals("by")) {
                source.addAll(ClauseActors.actorsWithConj(s, c, mentions));
            } else if (prep.equals("between") || prep.equals("among")) {
                parties.addAll(ClauseActors.actorsWithConj(s, c, mentions));
            } else if (p.preps().contains(prep) || p.preps().isEmpty() && NOUN_TARGET_PREPS.contains(prep)
                    || prep.equals("of") && !source.isEmpty()) {
                target.addAll(ClauseActors.actorsInside(s, c, mentions));
            }
        }
        // "X launched a mediation effort between Y and Z": X, if named, toward both parties.
        target.addAll(parties);
        if (source.isEmpty() && lightVerbs.carries(s, n)) {
            Token verb = s.token(n.head());
            source.addAll(ClauseActors.subjectOf(s, verb, mentions, 0));
            if (target.isEmpty()) {
                for (Token c : s.children(verb.index())) {
                    String prep = c.baseRelation().equals("obl") ? s.caseOf(c) : null;
                    if (prep != null && (p.preps().contains(prep) || NOUN_TARGET_PREPS.contains(prep))) {
                        target.addAll(ClauseActors.actorsInside(s, c, mentions));
                    }
                }
            }
        }
        if (source.isEmpty() && parties.size() >= 2 && target.size() == parties.size()) {
            // "talks between X and Y": without an outside actor, the first party toward the others.
            source.add(target.remove(0));
        }
    }

    /** A demonym or country name modifying an eventive noun ("Russian airstrikes"): the state. */
    private List<Mention> modifierActors(Sentence s, Token modifier) {
        List<Mention> out = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        words.add(modifier);
        words.addAll(s.children(modifier.index(), "conj"));
        for (Token w : words) {
            List<Actor> actors = resolver.resolveStrict(w.text(), null).actors();
            if (actors.isEmpty() && w.text().indexOf('-') > 0) {
                actors = pairParties(w.text());
            }
            for (Actor a : actors) {
                if (a.hasStateCountry() && a.kind() != ActorKind.PERSON) {
                    out.add(new Mention(w.span(), w.text(), a, s.index(), w.index(), "modifier"));
                }
            }
        }
        return out;
    }

    /**
     * The parties of a hyphenated pair ("U.S.-China talks", "Israeli-Palestinian negotiations"):
     * every part must name a state, else none.
     */
    private List<Actor> pairParties(String word) {
        List<Actor> out = new ArrayList<>();
        for (String part : word.split("-")) {
            List<Actor> named = part.isEmpty() ? List.of() : resolver.resolveStrict(part, null).actors();
            if (named.size() != 1 || !named.get(0).hasStateCountry()) {
                return List.of();
            }
            out.add(named.get(0));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** An evaluative adjective: the source is whoever asserts it, the target what is evaluated. */
    private void adjectiveArguments(Sentence s, Token adj, DocumentMentions mentions, List<Mention> source,
                                    List<Mention> target) {
        Token cur = adj;
        for (int guard = 0; guard < 4 && cur.head() >= 0; guard++) {
            Token gov = s.token(cur.head());
            String rel = cur.relation();
            if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj")) && gov.isVerb()
                    && judging.contains(gov.lemma())) {
                source.addAll(ClauseActors.subjectOf(s, gov, mentions, 0));
                break;
            }
            if (!(rel.equals("conj") || rel.equals("ccomp"))) {
                break;
            }
            cur = gov;
        }
        Optional<Token> subj = s.child(adj.index(), "nsubj");
        if (subj.isPresent()) {
            target.addAll(ClauseActors.actorsInside(s, subj.get(), mentions));
        } else if (adj.relation().equals("xcomp") && adj.head() >= 0) {
            s.child(adj.head(), "obj").ifPresent(o -> target.addAll(ClauseActors.actorsInside(s, o, mentions)));
        }
    }

    /**
     * The actors behind the attack a passive act happened in ("killed in a US drone strike",
     * "wounded during Israel's raid"): the possessor or nationality modifier of a noun of
     * violence or of a military operation.
     */
    private List<Mention> attackers(Sentence s, Frame f, DocumentMentions mentions) {
        List<Mention> out = new ArrayList<>();
        for (String prep : List.of("in", "during")) {
            for (Token noun : f.preps().getOrDefault(prep, List.of())) {
                if (!violent(s, noun)) {
                    continue;
                }
                for (Token c : s.children(noun.index())) {
                    if (c.relation().equals("nmod:poss")) {
                        out.addAll(ClauseActors.actorsWithConj(s, c, mentions));
                    } else if (c.relation().equals("amod") || c.relation().equals("compound")) {
                        out.addAll(modifierActors(s, c));
                    }
                }
            }
        }
        return out;
    }

    /** A noun of violence (an eventive noun of roots 18-20, alone or with a compound) or of a military operation. */
    private boolean violent(Sentence s, Token noun) {
        if (operationNouns.contains(noun.lemma())) {
            return true;
        }
        List<Pattern> patterns = new ArrayList<>(lexicon.patterns(Pattern.PredicateKind.NOUN, noun.lemma()));
        for (Token c : s.children(noun.index(), "compound")) {
            patterns.addAll(lexicon.patterns(Pattern.PredicateKind.NOUN, c.lemma() + "-" + noun.lemma()));
        }
        for (Pattern p : patterns) {
            if (p.cameo().compareTo("18") >= 0 && p.cameo().compareTo("21") < 0) {
                return true;
            }
        }
        return false;
    }



}
