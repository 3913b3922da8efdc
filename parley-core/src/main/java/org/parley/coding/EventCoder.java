package org.parley.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.parley.actors.ActorResolver;
import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.ontology.Ontology;
import org.parley.places.Gazetteer;

/**
 * Codes events over the dependency parse, as a chain of small stages. Each word of a sentence
 * that can be a predicate becomes a {@link Candidate}; the stages, in order, match its lexicon
 * pattern, drop acts that are not reported as facts, apply negation, modality and intent, read
 * the source and target, place and complete the dyad, and date it. Each stage returns the
 * candidate or a {@link Step.Skip} with its reason, which {@code explain} prints. The events
 * of a sentence then pass the sentence stages: the events reported speech adds, and the
 * conventions that drop what another act is about and bare statements. Finally an event
 * without a place takes one from another mention of its kind. Thread-safe.
 */
public final class EventCoder {

    /** How a mention resolved through the knowledge base's organisation names. */
    private static final String ORGANIZATION = "organization";

    private final Lexicon lexicon;
    private final Ontology ontology;
    private final PredicateFinder predicates;
    private final List<CandidateStage> stages;
    private final List<SentenceStage> sentenceStages;

    public EventCoder(Lexicon lexicon, Ontology ontology, ActorResolver resolver, Gazetteer gazetteer, WordLists words) {
        this.lexicon = lexicon;
        this.ontology = ontology;
        Places places = new Places(gazetteer, words);
        LightVerbs lightVerbs = new LightVerbs(words);
        Modality modality = new Modality(lexicon, words);
        this.predicates = new PredicateFinder(lexicon, words);
        this.stages = List.of(
                new PatternMatching(lexicon, lightVerbs, places, words),
                new ObjectSense(words),
                new Factuality(modality),
                new Negation(modality),
                new ModalCodes(modality),
                new IntentComposition(lexicon),
                new ArgumentReader(lexicon, resolver, lightVerbs, words),
                new EventDates(resolver),
                new EventPlace(places),
                new Dyads(resolver, places, words));
        this.sentenceStages = List.of(new HeldViews(ontology, words), new SpeechEvents(lexicon, ontology, words),
                new FramedContent(words), new BareStatements());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Codes every sentence; {@code trace} (may be null) receives the reasoning, for {@code explain}. */
    public List<Event> code(ParsedDocument doc, DocumentMentions mentions, Consumer<String> trace) {
        Consumer<String> log = trace == null ? s -> { } : trace;
        List<Event> events = new ArrayList<>();
        List<Places.NominalMention> nominals = new ArrayList<>();
        Map<Integer, List<Span>> names = new HashMap<>();
        for (Mention m : mentions.all()) {
            if (ORGANIZATION.equals(m.how())) {
                names.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m.span());
            }
        }
        for (Sentence s : doc.sentences()) {
            String discard = discardWord(s, names.getOrDefault(s.index(), List.of()), log);
            events.addAll(codeSentence(new SentenceContext(doc, s, mentions, log, discard, nominals)));
        }
        return Places.fillLocations(events, nominals, log);
    }

    /** The word marking a sporting, business or entertainment context, outside organisations' names. */
    private String discardWord(Sentence s, List<Span> names, Consumer<String> log) {
        List<String> words = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            // Words inside an organisation's name ("Arab League", "Awami League") mark no sports sense.
            words.add(inside(t.span(), names) ? "" : t.text().toLowerCase(Locale.ROOT));
        }
        String discard = lexicon.discard(words);
        if (discard != null) {
            log.accept("sentence " + s.index() + ": '" + discard + "' marks a sporting, business or entertainment"
                    + " context; its contest verbs (" + String.join(", ", predicates.contestSense().stream().sorted()
                    .limit(6).toList()) + ", ...) code nothing");
        }
        return discard;
    }

    private List<Event> codeSentence(SentenceContext ctx) {
        Map<String, Event> unique = new LinkedHashMap<>();
        for (Token t : ctx.sentence().tokens()) {
            Step step = predicates.find(t, ctx);
            for (int i = 0; i < stages.size() && step instanceof Candidate c; i++) {
                step = stages.get(i).apply(c, ctx);
            }
            if (step instanceof Step.Skip skip) {
                if (!skip.quiet()) {
                    ctx.log("  '" + t.text() + "' skipped (" + skip + ")");
                }
                continue;
            }
            for (Event e : events((Candidate) step, ctx)) {
                String key = key(e);
                ctx.log("  event " + key + (e.location() == null ? "" : " at " + e.location().name()));
                unique.putIfAbsent(key, e);
            }
        }
        List<Event> out = new ArrayList<>(unique.values());
        for (SentenceStage stage : sentenceStages) {
            out = stage.apply(out, ctx);
        }
        return out;
    }

    /** The events of a candidate that passed every stage: one per side. */
    private List<Event> events(Candidate c, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        Token t = c.trigger();
        EventType type = ontology.get(c.code());
        Evidence ev = new Evidence(ctx.doc().document().id(), s.index(), s.text(), s.span(), s.clauseSpan(t),
                t.span(), t.text(), c.rule());
        List<Event> out = new ArrayList<>(c.sides().size());
        for (Dyads.Side side : c.sides()) {
            out.add(new Event(side.source(), side.target(), type, c.date(), c.location(), c.negated(), ev));
        }
        return out;
    }

    /** An event's identity within a sentence: its source and target codes and its CAMEO code. */
    static String key(Event e) {
        return codes(e.source()) + ">" + codes(e.target()) + ":" + e.type().code();
    }

    private static String codes(List<Mention> ms) {
        List<String> cs = new ArrayList<>();
        for (Mention m : ms) {
            cs.add(m.actor().code());
        }
        return String.join("+", cs);
    }

    private static boolean inside(Span span, List<Span> names) {
        for (Span n : names) {
            if (span.begin() >= n.begin() && span.end() <= n.end()) {
                return true;
            }
        }
        return false;
    }
}
