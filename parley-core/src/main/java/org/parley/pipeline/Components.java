package org.parley.pipeline;

import org.parley.actors.ActorResolver;
import org.parley.actors.KnowledgeBase;
import org.parley.actors.MentionFinder;
import org.parley.coding.EventCoder;
import org.parley.coding.Lexicon;
import org.parley.data.WordLists;
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
        ActorResolver resolver = new ActorResolver(kb, words);
        return new Components(ontology, kb, gazetteer, lexicon, words, new MentionFinder(resolver, words),
                new EventCoder(lexicon, ontology, resolver, gazetteer, words), new QuoteExtractor(words),
                new StanceExtractor(resolver, words));
    }

    public ActorResolver resolver() {
        return mentionFinder.resolver();
    }

}
