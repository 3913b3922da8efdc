package org.parley.pipeline;

import java.util.List;
import java.util.function.Consumer;

import org.parley.actors.ActorResolver;
import org.parley.actors.DocumentMentions;
import org.parley.actors.KnowledgeBase;
import org.parley.actors.MentionFinder;
import org.parley.coding.EventCoder;
import org.parley.coding.Lexicon;
import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.ParsedDocument;
import org.parley.ontology.Ontology;
import org.parley.places.Gazetteer;
import org.parley.quotes.QuoteExtractor;
import org.parley.stances.StanceExtractor;

/**
 * The stages after parsing, built once from the data files: ontology, knowledge base,
 * gazetteer, lexicon, word lists, mention finder, event coder, quote and stance extractors. Immutable
 * and thread-safe; loading takes well under a second.
 */
public record Components(Ontology ontology, KnowledgeBase knowledgeBase, Gazetteer gazetteer, Lexicon lexicon,
                         WordLists words, MentionFinder mentionFinder, EventCoder coder, QuoteExtractor quotes,
                         StanceExtractor stances) {

    /** Everything from the built-in data files. */
    public static Components load() {
        return with(KnowledgeBase.load());
    }

    /** The built-in ontology and lexicon with the given knowledge base (e.g. with imported dictionaries). */
    public static Components with(KnowledgeBase kb) {
        Ontology ontology = Ontology.load();
        Gazetteer gazetteer = Gazetteer.load(kb);
        Lexicon lexicon = Lexicon.load(ontology);
        WordLists words = WordLists.load();
        ActorResolver resolver = new ActorResolver(kb);
        return new Components(ontology, kb, gazetteer, lexicon, words, new MentionFinder(resolver),
                new EventCoder(lexicon, ontology, resolver, gazetteer, words), new QuoteExtractor(words),
                new StanceExtractor(resolver, words));
    }

    public ActorResolver resolver() {
        return mentionFinder.resolver();
    }

    /** Mentions and events of one parsed document, with the coder's reasoning sent to {@code trace}. */
    public List<Event> explainEvents(ParsedDocument doc, Consumer<String> trace) {
        DocumentMentions mentions = mentionFinder.find(doc);
        mentions.all().forEach(m -> trace.accept("actor '" + m.text() + "' " + m.span() + " → " + m.actor().code()
                + " (" + m.actor().name() + ", " + m.how() + ")"));
        return coder.code(doc, mentions, trace);
    }
}
