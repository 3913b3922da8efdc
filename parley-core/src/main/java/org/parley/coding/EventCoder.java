package org.parley.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.actors.ActorResolver;
import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.actors.Resolution;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.ontology.Ontology;
import org.parley.places.Gazetteer;
import org.parley.time.DateResolver;

/**
 * Codes events over the dependency parse. For each predicate the lexicon knows (verb,
 * eventive noun, evaluative adjective) it picks the best-fitting pattern by particle, object
 * and preposition, finds the source (subject, passive agent, controller of an infinitive,
 * antecedent of a relative pronoun, speaker of an evaluation) and the target (object,
 * prepositional argument, actors inside the object), applies negation, intent and
 * conditionals, and records the pattern id as the evidence rule. Thread-safe.
 */
public final class EventCoder {

    /** Prepositions that place an event: "in Riyadh", "at the border". */
    private static final Set<String> PLACE_PREPS = Set.of("in", "at");
    /** Also the vicinity, for where an unnamed assailant struck: "near the town of Samarra". */
    private static final Set<String> VICINITY_PREPS = Set.of("in", "at", "near", "outside", "outside of", "close to");
    /** How a mention resolved through the knowledge base's organisation names. */
    private static final String ORGANIZATION = "organization";
    /** The bare statement code of speech verbs ("said", "announced"). */
    private static final String STATEMENT = "010";
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "state", "tell", "emphasize", "emphasise",
            "stress", "add", "declare", "insist", "note", "argue", "claim", "warn", "deem", "consider", "call",
            "describe", "characterize", "characterise", "reiterate", "assert", "maintain", "write", "announce",
            "believe", "think", "indicate", "suggest", "affirm", "underscore", "underline", "told", "view",
            "regard", "find", "judge", "label", "brand", "see");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "port", "region",
            "province", "district", "governorate", "oblast", "state", "island", "area");
    /** Roots whose target is the one told to act when it stands in a clausal complement. */
    private static final Set<String> DIRECTIVE_ROOTS = Set.of("02", "10", "13");
    /** Roots of violence: assault, fight, mass violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Adjectives that describe their subject's disposition to act, not an evaluation by a speaker. */
    private static final Set<String> DISPOSITIONAL = Set.of("ready", "willing", "prepared", "eager", "keen",
            "determined", "open", "committed", "reluctant", "unwilling", "able", "unable", "poised", "set");
    /** Nouns that name an undertaking whose kind a compound modifier gives ("peace effort", "mediation mission"). */
    private static final Set<String> LIGHT_NOUNS = Set.of("effort", "mission", "bid", "initiative", "attempt", "drive",
            "campaign", "process", "plan", "proposal", "round");
    /** Light verbs whose subject is the source of an eventive-noun object ("held talks"). */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "launch", "conduct", "carry", "stage",
            "make", "begin", "start", "open", "resume", "continue", "impose", "sign", "reach", "announce", "offer",
            "issue", "give", "provide", "send", "deliver", "seek", "pay", "host", "attend", "join", "mount", "order",
            "organize", "organise", "call", "go", "lead", "undertake", "initiate", "declare", "set",
            "express", "voice", "extend", "lodge", "file", "level", "take", "wage", "step", "intensify", "pursue",
            "renew", "reiterate", "repeat", "restate", "press", "unveil", "present");

    /** Roots of acts that frame another act as their content: appeals, intents, talks, demands, disapproval,
     *  rejection, threats. */
    private static final Set<String> FRAMING_ROOTS = Set.of("02", "03", "04", "10", "11", "12", "13");
    /** Prepositions and marks that introduce what a framing act is about. */
    private static final Set<String> TOPIC_PREPS = Set.of("on", "about", "over", "for", "of", "to", "into",
            "regarding", "concerning");
    /** Relations that leave the content of a framing act: conjuncts, parentheticals, loose attachments. */
    private static final Set<String> UNFRAMED = Set.of("conj", "parataxis", "dep", "appos", "list", "discourse",
            "vocative", "reparandum", "orphan");
    /** Verbs of receiving: with "from", the giver is the source and the receiver the target. */
    private static final Set<String> CONVERSE_LEMMAS = Set.of("receive", "get", "obtain");
    /** Verbs whose passive form states what the subject does: "were engaged in", "are involved in". */
    private static final Set<String> STATIVE_PASSIVES = Set.of("engage", "involve");
    /** Verbs that take a "re" prefix for doing again: "reimpose", "reopen", "redeploy". */
    private static final Set<String> REPEATABLE = Set.of("impose", "open", "deploy", "establish", "start", "launch",
            "arm", "build", "take", "enter", "examine", "negotiate", "occupy", "supply", "introduce", "convene");

    private final Lexicon lexicon;
    private final Ontology ontology;
    private final ActorResolver resolver;
    private final Gazetteer gazetteer;
    private final Dyads dyads;
    private final SpeechEvents speechEvents;
    private final Modality modality;

    public EventCoder(Lexicon lexicon, Ontology ontology, ActorResolver resolver, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.ontology = ontology;
        this.resolver = resolver;
        this.gazetteer = gazetteer;
        this.dyads = new Dyads(resolver);
        this.speechEvents = new SpeechEvents(lexicon, ontology);
        this.modality = new Modality(lexicon);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Codes every sentence; {@code trace} (may be null) receives the reasoning, for {@code explain}. */
    public List<Event> code(ParsedDocument doc, DocumentMentions mentions, Consumer<String> trace) {
        Consumer<String> log = trace == null ? s -> { } : trace;
        List<Event> events = new ArrayList<>();
        List<NominalMention> nominals = new ArrayList<>();
        Map<Integer, List<Span>> names = new java.util.HashMap<>();
        for (Mention m : mentions.all()) {
            if (ORGANIZATION.equals(m.how())) {
                names.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m.span());
            }
        }
        for (Sentence s : doc.sentences()) {
            events.addAll(codeSentence(doc, s, mentions, names.getOrDefault(s.index(), List.of()), log, nominals));
        }
        return fillLocations(events, nominals, log);
    }

    /** An eventive noun seen anywhere, even without actors, for filling another mention's place. */
    private record NominalMention(int sentence, String root, Location location) {
    }

    private List<Event> codeSentence(ParsedDocument doc, Sentence s, DocumentMentions mentions, List<Span> names,
                                     Consumer<String> log, List<NominalMention> nominals) {
        List<String> words = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            // Words inside an organisation's name ("Arab League", "Awami League") mark no sports sense.
            words.add(inside(t.span(), names) ? "" : t.text().toLowerCase(Locale.ROOT));
        }
        String discard = lexicon.discard(words);
        if (discard != null) {
            log.accept("sentence " + s.index() + ": '" + discard + "' marks a sporting, business or entertainment"
                    + " context; its contest verbs (" + String.join(", ", Lexicon.CONTEST_SENSE.stream().sorted().limit(6).toList())
                    + ", ...) code nothing");
        }
        Map<String, Event> unique = new LinkedHashMap<>();
        Set<Integer> consumed = new HashSet<>();
        for (Token t : s.tokens()) {
            if (consumed.contains(t.index())) {
                continue;
            }
            Pattern.PredicateKind kind = kindOf(t);
            if (kind == null) {
                continue;
            }
            if (discard != null && Lexicon.CONTEST_SENSE.contains(t.lemma())) {
                log.accept("'" + t.text() + "': skipped, a contest verb in a '" + discard + "' context");
                continue;
            }
            if (kind == Pattern.PredicateKind.NOUN && t.text().endsWith("ing") && lexicon.patterns(kind, t.lemma()).isEmpty()
                    && (s.child(t.index(), "obj").isPresent() || t.relation().equals("xcomp"))) {
                // A gerund the tagger took for a noun: "keep supplying weapons".
                kind = Pattern.PredicateKind.VERB;
            }
            Frame frame = Frame.of(s, t);
            Pattern p = null;
            if (kind == Pattern.PredicateKind.NOUN) {
                for (Token m : s.children(t.index())) {
                    if (m.relation().equals("compound") || m.relation().equals("amod")) {
                        Pattern compound = best(lexicon.patterns(kind, m.lemma() + "-" + t.lemma()), frame, log);
                        if (compound == null && m.relation().equals("compound") && LIGHT_NOUNS.contains(t.lemma())) {
                            // "a mediation mission between X and Y": the eventive modifier names the act.
                            compound = best(lexicon.patterns(kind, m.lemma()), frame, log);
                        }
                        if (compound != null) {
                            p = compound;
                        }
                    }
                }
            }
            if (p == null) {
                p = best(lexicon.patterns(kind, predicateLemma(kind, t)), frame, log);
            }
            if (p == null && kind == Pattern.PredicateKind.NOUN && carriedByLightVerb(s, t)) {
                p = best(lexicon.patterns(kind, t.lemma()), frame, true);
            }
            if (kind == Pattern.PredicateKind.NOUN && !lexicon.patterns(kind, t.lemma()).isEmpty()) {
                // Any mention of an eventive noun can lend its place to a coded mention of the same event.
                Location where = locate(s, t, null);
                if (where != null) {
                    String root = (p != null ? p : lexicon.patterns(kind, t.lemma()).get(0)).cameo().substring(0, 2);
                    nominals.add(new NominalMention(s.index(), root, where));
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
                continue;
            }
            log.accept("'" + t.text() + "' matches pattern " + p.id() + " (" + p.cameo() + ")");
            if (kind == Pattern.PredicateKind.VERB && !p.objects().isEmpty() && frame.object() != null) {
                // "staged a general strike": the verb's pattern gives its object noun a sense (a labour
                // strike, not an air strike); the noun codes nothing of another kind on its own.
                Token o = frame.object();
                Pattern own = best(lexicon.patterns(Pattern.PredicateKind.NOUN, o.lemma()), Frame.of(s, o), true);
                if (own != null && !own.cameo().startsWith(p.cameo().substring(0, 2))) {
                    consumed.add(o.index());
                }
            }
            if (kind == Pattern.PredicateKind.VERB && p.objects().isEmpty() && LIGHT_VERBS.contains(t.lemma())
                    && frame.object() != null && codesAsNoun(frame.object())) {
                // "undertook a mediation mission", "gave a warm welcome": the noun names the act.
                log.accept("  skipped: a light verb; its object '" + frame.object().text() + "' names the act");
                continue;
            }
            // An eventive noun a light verb carries takes the verb's negation and modality: "would not
            // provide support", "will hold talks".
            Token predicate = kind == Pattern.PredicateKind.NOUN && carriedByLightVerb(s, t) ? s.token(t.head()) : t;
            boolean verbal = kind == Pattern.PredicateKind.VERB || predicate != t;
            if (Modality.isConditional(s, t)) {
                log.accept("  skipped: inside a conditional clause");
                continue;
            }
            if (p.cameo().equals(STATEMENT) && t.relation().equals("parataxis")) {
                // "Troops shelled the town, officials said": who reports the news, not a statement event.
                log.accept("  skipped: an attribution of the report (parataxis), not a statement");
                continue;
            }
            if (Modality.isNonFactual(s, predicate)) {
                log.accept("  skipped: a wished, allowed or needed act, not a reported one");
                continue;
            }
            String code = p.cameo();
            String rule = p.id();
            boolean negated = s.isNegated(t) || predicate != t && s.isNegated(predicate);
            if (negated) {
                String refusal = p.negated() == null && verbal ? modality.asRefusal(s, predicate, code) : null;
                if (refusal != null) {
                    // "will not provide aid", "would not meet the envoy": a refusal to cooperate.
                    log.accept("  negated future " + code + " ('will not', 'would not'): a refusal, " + refusal);
                    code = refusal;
                    rule = p.id() + ":refusal";
                } else if (p.negated() == null) {
                    log.accept("  skipped: negated, and the pattern codes nothing when negated");
                    continue;
                } else {
                    code = p.negated();
                    rule = p.id() + ":negated";
                }
            }
            if (verbal && !negated && Modality.isUltimatum(s, predicate)) {
                // "will withdraw its force unless the president arranges a ceasefire": a threat.
                String ultimatum = modality.asUltimatum(code);
                log.accept("  future " + code + " on an 'unless' condition: a threat, " + ultimatum);
                code = ultimatum;
                rule = rule + ":ultimatum";
            } else if (verbal && !negated) {
                String threat = modality.asThreat(s, predicate, code);
                String promise = threat == null ? modality.asPromise(s, predicate, code) : null;
                if (threat != null) {
                    log.accept("  future or possible " + code + " ('will', 'would', 'may'): a threat, " + threat);
                    code = threat;
                    rule = rule + ":threat";
                } else if (promise != null) {
                    log.accept("  future " + code + " ('will', 'would'): an intent, " + promise);
                    code = promise;
                    rule = rule + ":intent";
                }
            }
            Token trigger = t;
            Token argToken = t;
            Pattern argPattern = p;
            Frame argFrame = frame;
            boolean intentCoded = false;
            Optional<Token> complement = s.child(t.index(), "xcomp");
            if (complement.isPresent() && !negated && lexicon.isIntentHead(t.lemma())) {
                Token c = complement.get();
                Pattern cp = best(lexicon.patterns(Pattern.PredicateKind.VERB, c.lemma()), Frame.of(s, c), x -> { });
                Lexicon.Intent in = lexicon.intent(t.lemma(), cp == null ? null : cp.cameo());
                if (in != null) {
                    consumed.add(c.index());
                    if (in.cameo() == null) {
                        log.accept("  intent " + in.id() + ": '" + t.text() + " to " + c.text() + "' codes nothing");
                        continue;
                    }
                    if (in.cameo().equals(Lexicon.COMPLEMENT) && cp == null) {
                        continue;
                    }
                    code = in.cameo().equals(Lexicon.COMPLEMENT) ? cp.cameo() : in.cameo();
                    if (cp != null) {
                        argToken = c;
                        argPattern = cp;
                        argFrame = Frame.of(s, c);
                    }
                    rule = in.id() + (cp == null ? "" : "+" + cp.id());
                    intentCoded = true;
                    log.accept("  intent " + in.id() + ": '" + t.text() + " to " + c.text() + "' codes " + code);
                }
            }
            boolean composed = argToken != t;
            if (headOnly && !intentCoded) {
                log.accept("  no event: the head codes only through a complement, and none composed");
                continue;
            }
            List<Mention> source = new ArrayList<>();
            List<Mention> target = new ArrayList<>();
            switch (kind) {
                case VERB -> {
                    if (composed) {
                        // "X urged Y to accept the truce": X is the source; Y, the head's object, the target.
                        source.addAll(ClauseActors.subjectOf(s, t, mentions, 0));
                        s.child(t.index(), "obj").ifPresent(o -> target.addAll(ClauseActors.actorsInside(s, o, mentions)));
                        if (target.isEmpty()) {
                            List<Mention> ignored = new ArrayList<>();
                            verbArguments(s, argToken, argPattern, argFrame, mentions, ignored, target);
                        }
                    } else {
                        verbArguments(s, t, p, frame, mentions, source, target);
                    }
                }
                case NOUN -> nounArguments(s, t, p, mentions, source, target);
                case ADJ -> {
                    if (composed || DISPOSITIONAL.contains(t.lemma())) {
                        // "Ukraine is ready to accept": the subject is disposed to act.
                        s.child(t.index(), "nsubj").ifPresent(sj -> source.addAll(ClauseActors.actorsWithConj(s, sj, mentions)));
                        if (source.isEmpty()) {
                            source.addAll(ClauseActors.subjectOf(s, t, mentions, 0));
                        }
                        if (composed) {
                            List<Mention> ignored = new ArrayList<>();
                            verbArguments(s, argToken, argPattern, argFrame, mentions, ignored, target);
                        }
                    } else {
                        adjectiveArguments(s, t, mentions, source, target);
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (target.isEmpty() && !composed && complement.isPresent() && complement.get().isVerb()) {
                // "ready to contribute troops to Liberia", "willing to withdraw from Lebanon": even when
                // the head codes its own event, whom the intended act concerns is the target.
                Token c = complement.get();
                Pattern cp = best(lexicon.patterns(Pattern.PredicateKind.VERB, c.lemma()), Frame.of(s, c), x -> { });
                if (cp != null) {
                    verbArguments(s, c, cp, Frame.of(s, c), mentions, new ArrayList<>(), target);
                }
            }
            if (target.isEmpty() && code.startsWith("13")) {
                // "threatened to halt the talks if Borduria deploys missiles": the one whose act is the condition.
                target.addAll(ClauseActors.conditionActors(s, t, mentions));
            }
            target.removeIf(m -> source.stream().anyMatch(x -> x.actor().code().equals(m.actor().code())));
            boolean targetOnly = source.isEmpty() && !target.isEmpty() && kind == Pattern.PredicateKind.VERB
                    && !t.relation().startsWith("acl") && !t.relation().equals("amod")
                    && (frame.passive() || Integer.parseInt(code.substring(0, 2)) >= 14);
            if (source.isEmpty() && !targetOnly) {
                log.accept("  no event: no source actor found");
                continue;
            }
            if (targetOnly) {
                log.accept("  source unnamed (passive or material conflict): coding the target alone");
            }
            EventType type = ontology.get(code);
            LocalDate date = eventDate(s, t, doc.document().published());
            Location location = locate(s, t, (source.isEmpty() ? target : source).get(0).actor().country());
            if (source.isEmpty() && VIOLENT_ROOTS.contains(code.substring(0, 2))) {
                // "A roadside bomb near Samarra killed two soldiers": unidentified armed forces where it struck.
                Location where = location != null ? location : locate(s, t, null, VICINITY_PREPS);
                for (Token arg : s.children(t.index())) {
                    if (where == null && (arg.relation().equals("nsubj") || arg.baseRelation().equals("obl"))) {
                        // "A roadside bomb near Samarra killed", "killed by a device outside Basra":
                        // the place hangs on the weapon.
                        where = locate(s, arg, null, VICINITY_PREPS);
                    }
                }
                dyads.unnamedAssailant(s, t, where, source, log);
            }
            dyads.placeAgents(source, target, location, log);
            dyads.placeAgents(target, source, location, log);
            if (source.stream().allMatch(Dyads::unplaced) && target.stream().allMatch(Dyads::unplaced)) {
                log.accept("  no event: no actor of known country");
                continue;
            }
            List<Dyads.Side> sides = Dyads.sides(code, argToken.lemma(), dedupe(source), dedupe(target));
            if (sides.size() > 1) {
                log.accept("  conjoined parties of a mutual act: one event per party toward the others");
            }
            Span evidenceSpan = clauseSpan(s, t);
            Evidence ev = new Evidence(doc.document().id(), s.index(), s.text(), s.span(), evidenceSpan,
                    trigger.span(), trigger.text(), rule);
            for (Dyads.Side side : sides) {
                List<Mention> sideTarget = new ArrayList<>(side.target());
                dyads.placeAsTarget(s, argToken == t ? List.of(t) : List.of(t, argToken), mentions, sideTarget, location, log);
                dyads.domesticTarget(code, side.source(), sideTarget, log);
                Event e = new Event(side.source(), sideTarget, type, date, location, negated, ev);
                String key = codes(e.source()) + ">" + codes(e.target()) + ":" + code;
                log.accept("  event " + key + (location == null ? "" : " at " + location.name()));
                unique.putIfAbsent(key, e);
            }
        }
        for (Event accusation : speechEvents.allegations(doc, s, mentions, new ArrayList<>(unique.values()), log)) {
            String key = codes(accusation.source()) + ">" + codes(accusation.target()) + ":" + accusation.type().code();
            unique.putIfAbsent(key, accusation);
        }
        for (Event demand : speechEvents.modalDemands(doc, s, mentions, log)) {
            String key = codes(demand.source()) + ">" + codes(demand.target()) + ":" + demand.type().code();
            unique.putIfAbsent(key, demand);
        }
        List<Event> out = withoutFramedContent(s, new ArrayList<>(unique.values()), log);
        // A bare statement ("X said ...") is a quote, which the quote extractor records, not an event.
        if (out.removeIf(e -> e.type().code().equals(STATEMENT))) {
            log.accept("sentence " + s.index() + ": a bare statement (010) is a quote, not an event");
        }
        return out;
    }

    /**
     * What a request, refusal, promise, threat, accusation or negotiation is about is not an
     * event of its own: "rejected a U.S. request", "demanded that the US cancel plans to sell
     * weapons", "promised to continue military aid", "renewed negotiations on a troop
     * pullback" each code only the framing act. An event inside the object, complement or
     * topic of a framing event's trigger is dropped; one merely conjoined to it, or in an
     * adverbial of time or cause ("after the attack"), is kept. Reported speech's own events
     * frame nothing: "X said Y attacked" keeps Y's attack.
     */
    private static List<Event> withoutFramedContent(Sentence s, List<Event> events, Consumer<String> log) {
        List<Token> frames = new ArrayList<>();
        for (Event e : events) {
            Token t = s.tokenAt(e.evidence().trigger());
            if (t != null && FRAMING_ROOTS.contains(e.type().root()) && !e.evidence().rule().startsWith("speech.")) {
                frames.add(t);
            }
        }
        if (frames.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Token t = s.tokenAt(e.evidence().trigger());
            Token frame = t == null ? null : frames.stream().filter(f -> f.index() != t.index() && framedBy(s, f, t))
                    .findFirst().orElse(null);
            if (frame != null) {
                log.accept("  " + e.type().code() + " '" + t.text() + "' is what '" + frame.text()
                        + "' is about, not an event of its own");
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether {@code t} sits in an argument of {@code frame}: its object, complement or topic,
     * through a path on which every step is an argument, a modifier of a nominal, or a phrase
     * of topic ("on", "about", "for", "of"); a conjunct, a parenthetical or an adverbial of
     * time, cause or contrast ("after", "while") breaks the path.
     */
    private static boolean framedBy(Sentence s, Token frame, Token t) {
        Token cur = t;
        for (int guard = 0; guard < 12 && cur.head() >= 0; guard++) {
            String rel = cur.baseRelation();
            if (UNFRAMED.contains(rel)) {
                return false;
            }
            if (rel.equals("obl") || rel.equals("nmod") || rel.equals("advcl")) {
                String prep = s.caseOf(cur);
                if (prep == null && rel.equals("advcl")) {
                    prep = s.children(cur.index(), "mark").stream().map(Token::lemma).findFirst().orElse(null);
                }
                if (prep == null || !TOPIC_PREPS.contains(prep)) {
                    return false;
                }
            }
            if (cur.head() == frame.index()) {
                return !rel.equals("nsubj") && !rel.equals("advmod") && !rel.equals("aux") && !rel.equals("mark");
            }
            cur = s.token(cur.head());
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
        return REPEATABLE.contains(rest) || lemma.startsWith("re-") ? rest : lemma;
    }

    /** An object noun of a light verb: "held talks", "renewed negotiations". */
    private static boolean carriedByLightVerb(Sentence s, Token n) {
        return n.relation().equals("obj") && n.head() >= 0 && LIGHT_VERBS.contains(s.token(n.head()).lemma());
    }

    /** Whether a noun is an eventive noun of the lexicon, alone or with a compound ("mediation mission"). */
    private boolean codesAsNoun(Token n) {
        if (!n.isNoun()) {
            return false;
        }
        return !lexicon.patterns(Pattern.PredicateKind.NOUN, n.lemma()).isEmpty();
    }

    private static Pattern.PredicateKind kindOf(Token t) {
        if (t.isVerb()) {
            return Pattern.PredicateKind.VERB;
        }
        if (t.isNoun()) {
            return Pattern.PredicateKind.NOUN;
        }
        if (t.isAdjective()) {
            return Pattern.PredicateKind.ADJ;
        }
        return null;
    }

    /**
     * The syntactic frame of a predicate: particle, object head, prepositional arguments. Each
     * part is read off the tree on first use and kept: most predicates have no pattern, so
     * their frame is never read. One frame belongs to one sentence's coding (not thread-safe).
     */
    static final class Frame {

        private final Sentence s;
        private final Token t;
        private boolean particleRead;
        private String particle;
        private boolean objectRead;
        private Token object;
        private Set<String> objectLemmas;
        private Map<String, List<Token>> preps;
        private Boolean passive;

        private Frame(Sentence s, Token t) {
            this.s = s;
            this.t = t;
        }

        static Frame of(Sentence s, Token t) {
            return new Frame(s, t);
        }

        String particle() {
            if (!particleRead) {
                particle = s.child(t.index(), "compound:prt").map(Token::lemma).orElse(null);
                particleRead = true;
            }
            return particle;
        }

        Token object() {
            if (!objectRead) {
                object = s.child(t.index(), "obj").orElse(null);
                objectRead = true;
            }
            return object;
        }

        Set<String> objectLemmas() {
            if (objectLemmas == null) {
                objectLemmas = objectLemmas(s, object());
            }
            return objectLemmas;
        }

        boolean passive() {
            if (passive == null) {
                passive = s.child(t.index(), "nsubj:pass").isPresent() || s.child(t.index(), "aux:pass").isPresent();
            }
            return passive;
        }

        Map<String, List<Token>> preps() {
            if (preps == null) {
                preps = new LinkedHashMap<>();
                for (Token c : s.children(t.index())) {
                    String base = c.baseRelation();
                    if (base.equals("obl") || base.equals("nmod") || c.relation().equals("obl:agent")) {
                        String p = s.caseOf(c);
                        if (p != null) {
                            preps.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
            return preps;
        }

        /**
         * What the object is about, for object lists: its head lemma, compounds written
         * "peacekeeping-force", and the same for the "of" complement of an action noun
         * ("the deployment of NATO peacekeeping forces").
         */
        private static Set<String> objectLemmas(Sentence s, Token object) {
            if (object == null) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            addNominal(s, object, out);
            for (Token c : s.children(object.index())) {
                if (c.baseRelation().equals("nmod") && "of".equals(s.caseOf(c))) {
                    addNominal(s, c, out);
                }
            }
            return out;
        }

        private static void addNominal(Sentence s, Token n, Set<String> out) {
            out.add(n.lemma());
            if (n.pos().equals("NNS") && n.lemma().endsWith("s") && n.lemma().length() > 3
                    && n.lemma().equalsIgnoreCase(n.text())) {
                // The lemmatizer leaves some plurals alone ("troops"): the singular is the lexicon's word.
                out.add(n.lemma().substring(0, n.lemma().length() - 1));
            }
            boolean name = n.pos().startsWith("NNP");
            for (Token c : s.children(n.index())) {
                if (c.relation().equals("compound") || c.relation().equals("amod")) {
                    out.add(c.lemma() + "-" + n.lemma());
                    if (name && c.relation().equals("compound") && c.pos().startsWith("NN") && !c.pos().startsWith("NNP")) {
                        // "summoned Niger's ambassador Brah Mohamane": the title says what the named object is.
                        out.add(c.lemma());
                    }
                }
            }
        }
    }

    /**
     * The most specific pattern the frame satisfies. A particle must agree; an object list must
     * match the object (or, without a direct object, a prepositional object); a pattern that
     * names prepositions needs one of them present unless its object list matched the direct
     * object ("imposed sanctions" without "on X"). Ties go to the first in the file.
     */
    static Pattern best(List<Pattern> candidates, Frame f, Consumer<String> log) {
        return best(candidates, f, false);
    }

    /**
     * {@link #best(List, Frame, Consumer)}, where {@code prepsOptional} lets a pattern's
     * prepositions be absent: an eventive noun that a light verb carries takes its parties
     * from the verb ("Israel and Lebanon renewed negotiations").
     */
    static Pattern best(List<Pattern> candidates, Frame f, boolean prepsOptional) {
        Pattern best = null;
        int bestScore = -1;
        for (Pattern p : candidates) {
            if (!java.util.Objects.equals(p.particle(), f.particle())) {
                continue;
            }
            int score = p.particle() != null ? 2 : 0;
            boolean objectMatched = false;
            if (!p.objects().isEmpty()) {
                if (!objectMatches(p, f)) {
                    continue;
                }
                objectMatched = anyIn(f.objectLemmas(), p.objects());
                score += 4;
                if (compoundIn(f.objectLemmas(), p.objects())) {
                    // "staged a general strike": the compound names the object more exactly than its head.
                    score += 1;
                }
            }
            if (!p.preps().isEmpty()) {
                boolean present = anyKey(p.preps(), f.preps());
                if (!present && !objectMatched && !prepsOptional) {
                    continue;
                }
                score += present ? 1 : 0;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean objectMatches(Pattern p, Frame f) {
        if (anyIn(f.objectLemmas(), p.objects())) {
            return true;
        }
        // "engaged Filipino peacekeepers in a firefight": the prepositional phrase names the act,
        // the direct object is whom it is done to.
        for (String prep : p.preps()) {
            for (Token t : f.preps().getOrDefault(prep, List.of())) {
                if (p.objects().contains(t.lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some element of {@code items} is in {@code set}; a loop, since best() runs for every predicate. */
    private static boolean anyIn(Set<String> items, Set<String> set) {
        for (String item : items) {
            if (set.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** True when a compound lemma ("general-strike") of {@code items} is in {@code set}. */
    private static boolean compoundIn(Set<String> items, Set<String> set) {
        for (String item : items) {
            if (item.indexOf('-') > 0 && set.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyKey(Set<String> keys, Map<String, ?> map) {
        for (String key : keys) {
            if (map.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    // ---- arguments -------------------------------------------------------------------------

    private void verbArguments(Sentence s, Token t, Pattern p, Frame f, DocumentMentions mentions, List<Mention> source,
                               List<Mention> target) {
        if (f.passive() && STATIVE_PASSIVES.contains(t.lemma()) && !f.preps().containsKey("by")) {
            // "Serb forces were engaged in ethnic cleansing": a state, not a passive; the subject acts.
            s.child(t.index(), "nsubj:pass").ifPresent(subj -> source.addAll(ClauseActors.actorsWithConj(s, subj, mentions)));
            for (String prep : p.preps()) {
                for (Token arg : f.preps().getOrDefault(prep, List.of())) {
                    target.addAll(ClauseActors.actorsInside(s, arg, mentions));
                }
            }
            return;
        }
        if (!f.passive() && CONVERSE_LEMMAS.contains(t.lemma()) && p.preps().contains("from")
                && f.preps().containsKey("from")) {
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
                if (!ownForces(s, f.object(), m)) {
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
            for (String prep : List.of("with", "to", "against", "on", "from", "for")) {
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
                source.addAll(modifierActors(s, c, n));
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
            } else if (p.preps().contains(prep) || p.preps().isEmpty() && Set.of("with", "to", "against", "on").contains(prep)
                    || prep.equals("of") && !source.isEmpty()) {
                target.addAll(ClauseActors.actorsInside(s, c, mentions));
            }
        }
        boolean lightVerb = carriedByLightVerb(s, n);
        // "X launched a mediation effort between Y and Z": X, if named, toward both parties.
        target.addAll(parties);
        if (source.isEmpty() && lightVerb) {
            Token verb = s.token(n.head());
            source.addAll(ClauseActors.subjectOf(s, verb, mentions, 0));
            if (target.isEmpty()) {
                for (Token c : s.children(verb.index())) {
                    String prep = c.baseRelation().equals("obl") ? s.caseOf(c) : null;
                    if (prep != null && (p.preps().contains(prep) || Set.of("with", "to", "against", "on").contains(prep))) {
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
    private List<Mention> modifierActors(Sentence s, Token modifier, Token noun) {
        List<Mention> out = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        words.add(modifier);
        words.addAll(s.children(modifier.index(), "conj"));
        for (Token w : words) {
            Resolution r = resolver.resolveStrict(w.text(), null);
            for (Actor a : r.actors()) {
                if (a.hasStateCountry() && a.kind() != org.parley.model.ActorKind.PERSON) {
                    out.add(new Mention(w.span(), w.text(), a, s.index(), w.index(), "modifier"));
                }
            }
        }
        return out;
    }

    /** An evaluative adjective: the source is whoever asserts it, the target what is evaluated. */
    private void adjectiveArguments(Sentence s, Token adj, DocumentMentions mentions, List<Mention> source,
                                    List<Mention> target) {
        Token cur = adj;
        for (int guard = 0; guard < 4 && cur.head() >= 0; guard++) {
            Token gov = s.token(cur.head());
            String rel = cur.relation();
            if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj")) && gov.isVerb()
                    && SPEECH_LEMMAS.contains(gov.lemma())) {
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

    static LocalDate eventDate(Sentence s, Token t, LocalDate published) {
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

    /** A place named in the predicate's clause: "in Riyadh", "talks, held in Riyadh". */
    private Location locate(Sentence s, Token t, String preferCountry) {
        return locate(s, t, preferCountry, PLACE_PREPS);
    }

    private Location locate(Sentence s, Token t, String preferCountry, Set<String> placePreps) {
        List<Token> places = new ArrayList<>();
        for (Token c : s.children(t.index())) {
            if (c.baseRelation().equals("obl") || c.baseRelation().equals("nmod")) {
                places.add(c);
            } else if (c.relation().equals("obj")) {
                // "stormed the French embassy in Niamey"
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("nmod")) {
                        places.add(g);
                    }
                }
            } else if (c.relation().startsWith("acl")) {
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("obl")) {
                        places.add(g);
                    }
                }
            }
        }
        for (Token c : places) {
            String prep = s.caseOf(c);
            if (prep == null || !placePreps.contains(prep)) {
                continue;
            }
            Token placeHead = c;
            if (PLACE_NOUNS.contains(c.lemma())) {
                // "in the Saudi city of Jeddah": the name is the "of" complement.
                for (Token g : s.children(c.index())) {
                    if (g.baseRelation().equals("nmod") && "of".equals(s.caseOf(g))) {
                        placeHead = g;
                    }
                }
            }
            BitSet name = s.subtree(placeHead.index(), x -> x.relation().equals("compound") || x.relation().equals("flat"));
            Span span = s.spanOf(name);
            String text = s.text().substring(span.begin() - s.span().begin(), span.end() - s.span().begin());
            Optional<Location> loc = gazetteer.locate(text, span, preferCountry, "clause");
            if (loc.isPresent()) {
                return loc.get();
            }
        }
        return null;
    }

    /**
     * An event without a place takes one from another mention of the same kind of event in
     * the document ("talks between X and Y" ... "The talks, held in Riyadh"), the nearest
     * first, a city before a bare country.
     */
    private static List<Event> fillLocations(List<Event> events, List<NominalMention> nominals, Consumer<String> log) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.location() != null) {
                out.add(e);
                continue;
            }
            NominalMention best = null;
            for (NominalMention n : nominals) {
                if (!n.root().equals(e.type().root())) {
                    continue;
                }
                if (best == null || better(n, best, e.evidence().sentenceIndex())) {
                    best = n;
                }
            }
            if (best != null) {
                Location l = best.location();
                log.accept("event " + e.evidence().rule() + " in sentence " + e.evidence().sentenceIndex()
                        + " takes its place from sentence " + best.sentence() + ": " + l.name());
                out.add(e.withLocation(new Location(l.name(), l.country(), l.lat(), l.lon(), l.span(), "coreference")));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean better(NominalMention a, NominalMention b, int sentence) {
        boolean aCity = a.location().lat() != null;
        boolean bCity = b.location().lat() != null;
        if (aCity != bCity) {
            return aCity;
        }
        return Math.abs(a.sentence() - sentence) < Math.abs(b.sentence() - sentence);
    }

    /**
     * "offered its troops to Lebanon", "withdrew their forces": armed forces that a possessive
     * pronoun gives to the subject are the source's instrument, not the one acted on ("met his
     * counterpart" keeps its target).
     */
    private static boolean ownForces(Sentence s, Token object, Mention m) {
        String sector = m.actor().sector();
        return ("MIL".equals(sector) || "COP".equals(sector))
                && s.children(object.index(), "nmod:poss").stream().anyMatch(p -> p.pos().equals("PRP$"));
    }

    private static boolean inside(Span span, List<Span> names) {
        for (Span n : names) {
            if (span.begin() >= n.begin() && span.end() <= n.end()) {
                return true;
            }
        }
        return false;
    }

    static Span clauseSpan(Sentence s, Token t) {
        return s.spanOf(s.subtree(t.index(), c -> !c.relation().equals("punct")));
    }

    static List<Mention> dedupe(List<Mention> ms) {
        Map<String, Mention> seen = new LinkedHashMap<>();
        for (Mention m : ms) {
            seen.putIfAbsent(m.actor().code() + "|" + m.actor().name(), m);
        }
        return new ArrayList<>(seen.values());
    }

    private static String codes(List<Mention> ms) {
        List<String> cs = new ArrayList<>();
        for (Mention m : ms) {
            cs.add(m.actor().code());
        }
        return String.join("+", cs);
    }
}
