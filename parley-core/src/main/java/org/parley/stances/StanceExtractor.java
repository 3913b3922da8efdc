package org.parley.stances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.ActorResolver;
import org.parley.actors.DocumentMentions;
import org.parley.actors.ClauseActors;
import org.parley.data.TsvTable;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Where each actor stands on each issue. Stances come from two places: events that take a
 * position (rejections and accusations oppose, requests and support endorse) and stance cues
 * (willingness, skepticism, "premature", "unacceptable"). The proposition each one is about
 * is normalized to an issue key; a proposition that only points back ("such discussions")
 * takes the issue of the stance before it, and one without a place takes the place of the
 * latest stance on the same issue. Hedges ("consider") make support conditional; negation
 * turns support into opposition. Thread-safe.
 */
public final class StanceExtractor {

    public static final String CUES = "parley/stances/cues.tsv";

    /** Cue adjectives about their subject's readiness: the proposition is what they are ready for, never the subject. */
    private static final Set<String> DISPOSITIONAL_CUES = Set.of("willing", "ready", "prepared", "open", "committed",
            "determined", "reluctant", "unwilling", "hesitant", "opposed");
    /** Verbs that ask someone else to act. */
    private static final Set<String> DIRECTIVES = Set.of("urge", "ask", "call", "press", "demand", "request", "appeal",
            "encourage", "invite", "tell");
    /** Verbs whose "that" clause is demanded, not reported ("demanded that Russia accept"). */
    private static final Set<String> DEMANDS = Set.of("demand", "urge", "request", "press", "insist");
    /** Verbs that link a subject to an adjective ("remained unacceptable"): the subject is evaluated, not evaluating. */
    private static final Set<String> LINKING_VERBS = Set.of("remain", "seem", "become", "appear", "look", "prove",
            "stay", "sound", "be", "stand");
    /** Nouns of caution: urging them is counselling delay, not endorsing the step ("urged restraint over troops"). */
    private static final Set<String> CAUTION = Set.of("restraint", "caution", "patience", "prudence");
    /** Nouns naming a proposal: its owner (possessor, or the country modifying it) proposes it ("the French plan"). */
    private static final Set<String> PROPOSALS = Set.of("plan", "proposal", "initiative", "offer", "blueprint");
    /** Words for talking about a step rather than taking it. */
    private static final Set<String> DISCOURSE = Set.of("talk", "discuss", "debate", "speculate", "speculation",
            "discussion", "speak");
    /** Verbs whose subject owns the proposal they take ("floated a plan", "had no plans"). */
    private static final Set<String> PROPOSING = Set.of("float", "propose", "present", "unveil", "table", "submit",
            "draft", "have", "put", "announce", "outline", "make");
    /** Events that take a position: agreeing, supporting, giving aid and demanding endorse; accusing and rejecting oppose. */
    private static final Set<String> EVENT_STANCE_ROOTS = Set.of("03", "05", "07", "10", "11", "12");

    /**
     * A stance cue; {@code polarity} null for a word that takes a position only when negated
     * ("no question of a truce"), {@code negated} the polarity under negation when it is not
     * simply the opposite ("has not decided" is undecided, not opposed).
     */
    private record Cue(String id, String lemma, String pos, Polarity polarity, double strength, Polarity negated) {
    }

    private final Map<String, Cue> cues;
    private final Propositions propositions;
    private final ActionStances actions;
    private final ConsequenceStances consequences;
    private final Idioms idioms;
    private final ActorResolver resolver;

    public StanceExtractor(ActorResolver resolver) {
        this(TsvTable.resource(CUES), new IssueNormalizer(resolver), resolver);
    }

    StanceExtractor(TsvTable cueTable, IssueNormalizer issues, ActorResolver resolver) {
        this.resolver = resolver;
        Map<String, Cue> m = new HashMap<>();
        for (TsvTable.Row row : cueTable.rows()) {
            String polarity = row.require("polarity").toUpperCase(Locale.ROOT);
            String negated = row.get("negated");
            Cue c = new Cue(row.require("id"), row.require("lemma").toLowerCase(Locale.ROOT),
                    row.require("pos").toLowerCase(Locale.ROOT),
                    polarity.equals("NONE") ? null : Polarity.valueOf(polarity),
                    Double.parseDouble(row.require("strength")),
                    negated == null ? null : Polarity.valueOf(negated.toUpperCase(Locale.ROOT)));
            m.put(c.pos() + ":" + c.lemma(), c);
        }
        this.cues = Map.copyOf(m);
        this.propositions = new Propositions(issues);
        this.actions = new ActionStances(TsvTable.resource(ActionStances.RESOURCE), propositions);
        this.consequences = new ConsequenceStances(TsvTable.resource(ConsequenceStances.RESOURCE), propositions);
        this.idioms = new Idioms(propositions);
    }

    public List<Stance> extract(ParsedDocument doc, DocumentMentions mentions, List<Event> events) {
        return extract(doc, mentions, events, List.of());
    }

    /** As above, with the document's quotes: their speakers hold stances their words state without a holder. */
    public List<Stance> extract(ParsedDocument doc, DocumentMentions mentions, List<Event> events, List<Quote> quotes) {
        QuoteHolders quoteHolders = new QuoteHolders(quotes);
        Map<String, Stance> unique = new LinkedHashMap<>();
        List<Stance> history = new ArrayList<>();
        Map<Integer, List<Event>> eventsBySentence = new HashMap<>();
        for (Event e : events) {
            eventsBySentence.computeIfAbsent(e.evidence().sentenceIndex(), k -> new ArrayList<>()).add(e);
        }
        for (Sentence s : doc.sentences()) {
            // Found stances join the history at once, in text order, so "such discussions" later
            // in the same sentence can point back to them.
            List<Stance> found = new ArrayList<>();
            Map<Integer, List<Event>> eventsAt = new HashMap<>();
            for (Event e : eventsBySentence.getOrDefault(s.index(), List.of())) {
                Token trigger = s.tokenAt(e.evidence().trigger());
                if (trigger != null) {
                    eventsAt.computeIfAbsent(trigger.index(), k -> new ArrayList<>()).add(e);
                }
            }
            for (Token t : s.tokens()) {
                if (cueStance(doc, s, t, mentions, quoteHolders, history, found)
                        || idioms.add(doc, s, t, mentions, quoteHolders, history, found)
                        || consequences.add(doc, s, t, mentions, quoteHolders, history, found)) {
                    continue;
                }
                boolean acted = actions.add(doc, s, t, mentions, quoteHolders, history, found);
                for (Event e : acted ? List.<Event>of() : eventsAt.getOrDefault(t.index(), List.of())) {
                    eventStance(doc, s, t, e, history, found);
                }
            }
            for (Stance st : found) {
                String key = s.index() + "|" + st.holder().actor().code() + "|" + st.issue().key();
                Stance prev = unique.get(key);
                if (prev == null || prev.strength() < st.strength()) {
                    unique.put(key, st);
                }
            }
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * A stance cue word: its holder is the clause's subject, its proposition what it governs.
     * Returns true when the word is a cue, whether or not it yielded a stance, so an event on
     * the same word does not add a second reading.
     */
    private boolean cueStance(ParsedDocument doc, Sentence s, Token t, DocumentMentions mentions, QuoteHolders quotes,
                              List<Stance> history, List<Stance> out) {
        String pos = t.isNoun() ? "noun" : t.isAdjective() ? "adj" : t.isVerb() ? "verb" : null;
        if (pos == null) {
            return false;
        }
        Cue cue = cues.get(pos + ":" + t.lemma());
        if (cue == null && t.pos().equals("VBN")) {
            // Participles used as adjectives: "prepared to", "opposed to", "committed to".
            cue = cues.get("adj:" + t.text().toLowerCase(Locale.ROOT));
            pos = cue == null ? pos : "adj";
        }
        if (cue == null) {
            return false;
        }
        if (cue.id().equals("cue.rule-out") && s.child(t.index(), "compound:prt").filter(p -> p.lemma().equals("out")).isEmpty()) {
            return false;
        }
        String governor = t.head() >= 0 ? s.token(t.head()).lemma() : "";
        if (t.relation().equals("xcomp") && DIRECTIVES.contains(governor) && !t.isAdjective()
                || t.relation().equals("ccomp") && DEMANDS.contains(governor)) {
            // "urged Moscow to accept the truce": Moscow is asked to, it has not taken a position
            // ("called the talk premature" names, it does not ask).
            return true;
        }
        Token proposition = aboutWhat(s, propositionOf(s, t, pos));
        if (proposition == null) {
            return true;
        }
        List<Mention> holders = new ArrayList<>(holderOf(doc, s, t, pos, mentions));
        holders.removeIf(h -> h.actor().country() == null);
        if (holders.isEmpty()) {
            // "the kingdom backed a settlement", "It is premature ...": the speaker holds it.
            Mention speaker = quotes.speakerOf(s, t);
            if (speaker == null || speaker.actor().country() == null) {
                return true;
            }
            holders.add(speaker);
        }
        boolean negated = s.isNegated(t) || t.head() >= 0 && s.isNegated(s.token(t.head())) && !t.isVerb();
        Polarity polarity = cue.polarity();
        if (polarity == null && !negated) {
            return true;
        }
        double strength = cue.strength();
        BitSet words = Propositions.words(s, proposition);
        if (DIRECTIVES.contains(t.lemma()) && CAUTION.contains(proposition.lemma())) {
            polarity = Polarity.UNDECIDED;
        } else if (polarity == Polarity.SUPPORT && (Propositions.hedged(s, proposition, words)
                || Propositions.conditioned(s, t))) {
            polarity = Polarity.CONDITIONAL;
            strength = Math.min(strength, 0.5);
        }
        if (negated) {
            polarity = cue.negated() != null ? cue.negated() : polarity == null ? Polarity.OPPOSE : Propositions.flip(polarity);
        }
        for (Mention h : holders) {
            Issue issue = propositions.issueOf(s, proposition, words, history, h.actor().country());
            Stance st = new Stance(h, issue, polarity, strength, Propositions.evidence(doc, s, t, words, cue.id()));
            out.add(st);
            history.add(st);
        }
        return true;
    }

    /** Events that take a position become stances of their source on what they are about. */
    private void eventStance(ParsedDocument doc, Sentence s, Token trigger, Event e, List<Stance> history,
                             List<Stance> out) {
        String root = e.type().root();
        if (!EVENT_STANCE_ROOTS.contains(root)) {
            return;
        }
        Token proposition = trigger.isAdjective() ? s.child(trigger.index(), "nsubj").orElse(null)
                : s.child(trigger.index(), "obj").or(() -> s.child(trigger.index(), "xcomp"))
                        .or(() -> s.child(trigger.index(), "ccomp")).orElse(null);
        if (proposition == null) {
            return;
        }
        Polarity polarity = root.equals("11") || root.equals("12") ? Polarity.OPPOSE : Polarity.SUPPORT;
        BitSet words = Propositions.words(s, proposition);
        if (root.equals("07") && trigger.isVerb()) {
            // Giving aid: the act with its recipient is the proposition ("send missiles to Ukraine");
            // "could send ... if" is a conditional offer.
            words.or(s.subtree(trigger.index(), c -> c.head() != trigger.index() || c.baseRelation().equals("obl")
                    || c.relation().equals("obj") || c.relation().equals("compound:prt")));
            if (Propositions.hedged(s, trigger, s.subtree(trigger.index())) || Propositions.conditioned(s, trigger)) {
                polarity = Polarity.CONDITIONAL;
            }
        }
        for (Mention h : e.source()) {
            Issue issue = propositions.issueOf(s, proposition, words, history, h.actor().country());
            if (!issue.key().startsWith("topic:") || root.equals("12")) {
                Stance st = new Stance(h, issue, polarity, 0.9, Propositions.evidence(doc, s, trigger, words,
                        "stance.event." + e.evidence().rule()));
                out.add(st);
                history.add(st);
            }
        }
    }

    /**
     * Talk about a step is about the step: "premature to talk about troop numbers", "talking
     * about Ukraine joining NATO is premature".
     */
    private static Token aboutWhat(Sentence s, Token proposition) {
        // "talks" (plural) are negotiations, not talk about them.
        if (proposition == null || !DISCOURSE.contains(proposition.lemma())
                || !(proposition.isVerb() || proposition.pos().equals("NN"))) {
            return proposition;
        }
        for (Token c : s.children(proposition.index())) {
            boolean about = s.children(c.index()).stream().anyMatch(m -> c.index() > proposition.index()
                    && Set.of("case", "mark", "advmod").contains(m.relation()) && m.index() < c.index()
                    && Set.of("about", "of", "on", "over").contains(m.lemma()));
            if (about) {
                return c;
            }
        }
        return proposition;
    }

    private static Token propositionOf(Sentence s, Token cue, String pos) {
        if (pos.equals("noun")) {
            Optional<Token> predicateOf = s.child(cue.index(), "nsubj");
            if (predicateOf.isPresent() && s.child(cue.index(), "cop").isPresent()) {
                // "The presence of foreign troops is a direct threat": the subject is what it is about.
                return predicateOf.get();
            }
            for (Token c : s.children(cue.index())) {
                if (c.relation().startsWith("acl") || c.baseRelation().equals("nmod") && Set.of("about", "over", "of", "on",
                        "regarding", "with", "for", "to").contains(String.valueOf(s.caseOf(c)))) {
                    return c;
                }
            }
            return null;
        }
        if (pos.equals("adj")) {
            for (Token c : s.children(cue.index())) {
                String prep = c.baseRelation().equals("obl") ? s.caseOf(c) : null;
                boolean about = prep != null && (Set.of("about", "of", "over").contains(prep)
                        || DISPOSITIONAL_CUES.contains(cue.lemma()) && Set.of("to", "for").contains(prep));
                boolean infinitive = c.relation().equals("dep") && c.isVerb()
                        && s.children(c.index(), "mark").stream().anyMatch(m -> m.lemma().equals("to"));
                if (c.relation().equals("xcomp") || c.relation().equals("ccomp") || about || infinitive) {
                    return c;
                }
            }
            if (DISPOSITIONAL_CUES.contains(cue.lemma())) {
                return null;
            }
            Optional<Token> subj = s.child(cue.index(), "nsubj").or(() -> s.child(cue.index(), "csubj"));
            if (subj.isPresent()) {
                return subj.get();
            }
            if (cue.relation().equals("amod") && cue.head() >= 0 && s.child(cue.head(), "cop").isPresent()) {
                // "membership was not a realistic outcome": what the predicate noun is said of.
                Optional<Token> said = s.child(cue.head(), "nsubj").or(() -> s.child(cue.head(), "csubj"));
                if (said.isPresent()) {
                    return said.get();
                }
            }
            if (cue.relation().equals("xcomp") && cue.head() >= 0) {
                // "deemed such talks premature" (object); "membership remained unacceptable" (subject).
                return s.child(cue.head(), "obj").or(() -> s.child(cue.head(), "nsubj")).orElse(null);
            }
            return null;
        }
        if (DIRECTIVES.contains(cue.lemma())) {
            // "urged Moscow to accept the truce": the proposition is the act urged, not the one urged.
            Optional<Token> act = s.child(cue.index(), "xcomp").or(() -> s.child(cue.index(), "ccomp"));
            if (act.isPresent()) {
                return act.get();
            }
        }
        for (Token c : s.children(cue.index())) {
            if (cue.lemma().equals("warn") && c.relation().equals("ccomp")) {
                // "warned that fresh sanctions would damage trade": against the sanctions.
                return s.child(c.index(), "nsubj").filter(Token::isNoun).orElse(null);
            }
            if (c.relation().equals("obj") || c.relation().equals("xcomp") || c.relation().equals("ccomp")
                    || c.relation().equals("dep") && c.pos().equals("VBG")
                    || c.baseRelation().equals("obl") && "to".equals(s.caseOf(c))
                            && Set.of("object", "agree", "consent").contains(cue.lemma())) {
                return c.isAdjective() ? null : c;
            }
        }
        return null;
    }

    /** Who holds the stance: the subject of the cue's clause, or of the verb the cue is the object of. */
    private List<Mention> holderOf(ParsedDocument doc, Sentence s, Token cue, String pos, DocumentMentions mentions) {
        if (pos.equals("verb")) {
            return ClauseActors.subjectOf(s, cue, mentions, 0);
        }
        if (pos.equals("adj")) {
            Token governor = cue.head() >= 0 ? s.token(cue.head()) : null;
            if (cue.relation().equals("xcomp") && governor != null && !LINKING_VERBS.contains(governor.lemma())) {
                // "Scholz deemed such talks premature": the one who deems holds the stance.
                return ClauseActors.subjectOf(s, governor, mentions, 0);
            }
            List<Token> around = new ArrayList<>(s.children(cue.index()));
            if (cue.relation().equals("xcomp") && governor != null) {
                around.addAll(s.children(governor.index()));
            }
            for (Token c : around) {
                if (c.baseRelation().equals("obl") && "to".equals(s.caseOf(c))) {
                    // "unacceptable to Moscow": the one it is unacceptable to holds the stance.
                    List<Mention> experiencer = new ArrayList<>(ClauseActors.actorsWithConj(s, c, mentions));
                    if (experiencer.isEmpty()) {
                        for (Actor a : resolver.resolveStrict(c.text(), doc.document().published()).actors()) {
                            experiencer.add(new Mention(c.span(), c.text(), a.sector() == null ? a.withSector("GOV") : a,
                                    s.index(), c.index(), "experiencer"));
                        }
                    }
                    if (!experiencer.isEmpty()) {
                        return experiencer;
                    }
                }
            }
            Optional<Token> subj = s.child(cue.index(), "nsubj").or(() -> s.child(cue.index(), "nsubj:pass"));
            if (subj.isPresent() && (s.child(cue.index(), "xcomp").isPresent() || DISPOSITIONAL_CUES.contains(cue.lemma()))) {
                return ClauseActors.actorsWithConj(s, subj.get(), mentions);
            }
            return Holders.speakerAbove(s, cue, mentions);
        }
        if (s.child(cue.index(), "cop").isPresent() && s.child(cue.index(), "nsubj").isPresent()) {
            // "X is a direct threat to Russia": the threatened holds the stance, else the speaker.
            for (Token c : s.children(cue.index())) {
                if (c.baseRelation().equals("nmod") && "to".equals(s.caseOf(c))) {
                    List<Mention> experiencer = ClauseActors.actorsWithConj(s, c, mentions);
                    if (!experiencer.isEmpty()) {
                        return experiencer;
                    }
                }
            }
            return Holders.speakerAbove(s, cue, mentions);
        }
        if (PROPOSALS.contains(cue.lemma())) {
            // "the French plan", "Macron's proposal": the owner; "floated a plan", "had no plans": the one who has it.
            List<Mention> owner = new ArrayList<>(mentions.at(s.index(), cue.index()));
            for (Token c : s.children(cue.index(), "nmod:poss")) {
                owner.addAll(mentions.at(s.index(), c.index()));
            }
            if (!owner.isEmpty() || cue.head() < 0 || !cue.relation().equals("obj")
                    || !PROPOSING.contains(s.token(cue.head()).lemma())) {
                return owner;
            }
            return ClauseActors.subjectOf(s, s.token(cue.head()), mentions, 0);
        }
        if (cue.head() >= 0 && (cue.relation().equals("obj") || cue.relation().equals("nsubj:pass"))) {
            return ClauseActors.subjectOf(s, s.token(cue.head()), mentions, 0);
        }
        List<Mention> poss = new ArrayList<>();
        for (Token c : s.children(cue.index(), "nmod:poss")) {
            poss.addAll(mentions.at(s.index(), c.index()));
        }
        return poss;
    }
}
