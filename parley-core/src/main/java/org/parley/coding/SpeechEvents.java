package org.parley.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.ontology.Ontology;

/**
 * Events that reported speech adds on top of the events coded in a sentence: the speaker's
 * accusation when it alleges another actor's hostile act, a claim of responsibility for its
 * own, and a demand when it says another actor must act. Runs after the predicates of the
 * sentence are coded, over those events.
 */
final class SpeechEvents implements SentenceStage {

    private final Lexicon lexicon;
    private final Ontology ontology;
    /** Speech verbs that allege what their clause says. */
    private final Set<String> alleging;
    /** Plain reporting verbs: they allege only the violence they report. */
    private final Set<String> reporting;
    /** Verbs that introduce what someone says. */
    private final Set<String> speechVerbs;

    SpeechEvents(Lexicon lexicon, Ontology ontology, WordLists words) {
        this.lexicon = lexicon;
        this.ontology = ontology;
        this.alleging = words.get("coding.alleging-verbs");
        this.reporting = words.get("coding.reporting-verbs");
        this.speechVerbs = words.get("quotes.speech-verbs");
    }

    /** The sentence's events with the accusations, claims and demands its reported speech adds. */
    @Override
    public List<Event> apply(List<Event> events, SentenceContext ctx) {
        Map<String, Event> unique = new LinkedHashMap<>();
        for (Event e : events) {
            unique.putIfAbsent(EventCoder.key(e), e);
        }
        for (Event accusation : allegations(ctx.doc(), ctx.sentence(), ctx.mentions(), events, ctx::log)) {
            unique.putIfAbsent(EventCoder.key(accusation), accusation);
        }
        for (Demand demand : modalDemands(ctx.doc(), ctx.sentence(), ctx.mentions(), ctx::log)) {
            // What a speaker says another must do has not been done: the demand replaces it.
            unique.values().removeIf(e -> e.evidence().trigger().equals(demand.demanded()));
            unique.putIfAbsent(EventCoder.key(demand.event()), demand.event());
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * "The US claimed that Iraq had attacked Kuwait": alleging another actor's hostile act is
     * an accusation (CAMEO 112) from the speaker toward that actor, besides the act itself. A
     * plain "said" before its clause alleges only violence (roots 18-20: "Israel said Hamas fired
     * rockets"); a trailing "..., residents said" and news media reporting are sourcing, not
     * accusing. Claiming one's own hostile act is claiming responsibility (015) toward its target.
     */
    private List<Event> allegations(ParsedDocument doc, Sentence s, DocumentMentions mentions, List<Event> coded,
                                    Consumer<String> log) {
        List<Event> out = new ArrayList<>();
        for (Token verb : s.tokens()) {
            boolean alleges = alleging.contains(verb.lemma());
            if (!verb.isVerb() || !(alleges || reporting.contains(verb.lemma())) || s.isNegated(verb)) {
                continue;
            }
            List<Mention> speaker = new ArrayList<>(ClauseActors.subjectOf(s, verb, mentions, 0));
            speaker.removeIf(m -> "MED".equals(m.actor().sector()));
            if (speaker.isEmpty()) {
                continue;
            }
            for (Event e : coded) {
                Token trigger = s.tokenAt(e.evidence().trigger());
                int root = Integer.parseInt(e.type().root());
                if (trigger == null || root < (alleges ? 13 : 18) || e.source().isEmpty()
                        || !s.dominates(verb.index(), trigger.index()) || trigger.index() == verb.index()) {
                    continue;
                }
                if (!alleges && trigger.index() < verb.index()) {
                    // "Troops shelled the town, residents said": a trailing attribution sources the news.
                    continue;
                }
                boolean own = e.source().stream().anyMatch(x -> speaker.stream()
                        .anyMatch(y -> y.span().equals(x.span()) || y.actor().code().equals(x.actor().code())));
                if (own && !alleges) {
                    continue;
                }
                String code = own ? "015" : "112";
                log.accept("  '" + verb.text() + "' alleges " + e.type().code() + (own
                        ? ": its own act, a claim of responsibility (015)" : ": an accusation (112)"));
                Evidence ev = new Evidence(doc.document().id(), s.index(), s.text(), s.span(), s.clauseSpan(verb),
                        verb.span(), verb.text(), (own ? "speech.claim+" : "speech.allegation+") + e.evidence().rule());
                out.add(new Event(Dyads.dedupe(speaker), Dyads.dedupe(own ? e.target() : e.source()), ontology.get(code),
                        EventDates.of(s, verb, doc.document().published()), null, false, ev));
            }
        }
        return out;
    }

    /**
     * "Russia said Sudan must return the helicopter": a speaker saying another actor must or
     * should act is demanding it (CAMEO 10), coded with the complement's intent code where the
     * lexicon composes "demand" with it, else 100. The demanded act, coded on its own, is
     * dropped: it has not happened.
     */
    private List<Demand> modalDemands(ParsedDocument doc, Sentence s, DocumentMentions mentions, Consumer<String> log) {
        List<Demand> out = new ArrayList<>();
        for (Token verb : s.tokens()) {
            if (!verb.isVerb() || !speechVerbs.contains(verb.lemma())
                    || s.isNegated(verb)) {
                continue;
            }
            for (Token c : s.children(verb.index(), "ccomp")) {
                boolean obligation = s.children(c.index(), "aux").stream()
                        .anyMatch(a -> a.lemma().equals("must") || a.lemma().equals("should"));
                if (!obligation || s.isNegated(c)) {
                    continue;
                }
                List<Mention> source = ClauseActors.subjectOf(s, verb, mentions, 0);
                List<Mention> target = s.child(c.index(), "nsubj")
                        .map(sj -> ClauseActors.actorsWithConj(s, sj, mentions)).orElse(List.of());
                if (source.isEmpty() || target.isEmpty()) {
                    continue;
                }
                Pattern cp = PatternMatcher.best(lexicon.patterns(Pattern.PredicateKind.VERB, c.lemma()), Frame.of(s, c));
                Lexicon.Intent in = lexicon.intent("demand", cp == null ? null : cp.cameo());
                String code = in != null && in.cameo() != null && !in.cameo().equals(Lexicon.COMPLEMENT) ? in.cameo() : "100";
                String rule = "speech.modal-demand" + (cp == null ? "" : "+" + cp.id());
                log.accept("  '" + verb.text() + " ... " + c.text() + "' with must/should: a demand (" + code + ")");
                Evidence ev = new Evidence(doc.document().id(), s.index(), s.text(), s.span(), s.clauseSpan(verb),
                        verb.span(), verb.text(), rule);
                out.add(new Demand(new Event(Dyads.dedupe(source), Dyads.dedupe(target), ontology.get(code),
                        EventDates.of(s, verb, doc.document().published()), null, false, ev), c.span()));
            }
        }
        return out;
    }

    /** A demand and the span of the demanded act's predicate. */
    private record Demand(Event event, Span demanded) {
    }
}
