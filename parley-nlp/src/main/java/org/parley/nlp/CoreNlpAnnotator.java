package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import org.parley.annotate.Annotator;
import org.parley.model.Document;
import org.parley.model.Failure;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * CoreNLP 4.5.10 behind core's {@link Annotator}: tokenize, ssplit, pos, lemma, depparse.
 * NER, SUTime and coreference are left out on purpose: they cost several times the rest
 * (see the design notes) and Parley resolves names, dates and pronouns from its own
 * knowledge base. Properties are always explicit, because the models jar carries a default
 * properties file that would load coref and KBP. One instance is safe to share across
 * threads: {@code StanfordCoreNLP.annotate} works on its own {@code Annotation}.
 *
 * <p>Two guards keep one document from taking the run down. A sentence longer than
 * {@link #MAX_SENTENCE_TOKENS} tokens (a run-on "sentence" of a list, a table or a text
 * without punctuation) is split into parts before tagging and parsing, at its last clause
 * boundary inside the limit, with a note in the parse: parse time grows faster than length
 * and CoreNLP's dependency graph recurses deeply enough on a few thousand tokens to overflow
 * the stack. Split, rather than truncated, so that no text goes unread. And sentences are
 * tagged and parsed {@link #CHUNK_SENTENCES} at a time, each chunk's CoreNLP objects dropped
 * once converted, so that a long document's memory is its records, not CoreNLP's.
 */
public final class CoreNlpAnnotator implements Annotator {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse";

    /** Longest sentence parsed whole. News sentences rarely pass 80 tokens; lists and tables without punctuation do. */
    public static final int MAX_SENTENCE_TOKENS = 250;

    /** Sentences tagged and parsed at once. */
    static final int CHUNK_SENTENCES = 200;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP parse;

    public CoreNlpAnnotator() {
        this.split = new StanfordCoreNLP(properties("tokenize,ssplit"));
        Properties p = properties("pos,lemma,depparse");
        p.setProperty("enforceRequirements", "false");
        this.parse = new StanfordCoreNLP(p);
    }

    /** Explicit properties for the given annotators; nothing is read from the models jar's defaults. */
    public static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        // Keep offsets exact and text unchanged: no quote or bracket rewriting in token words.
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("depparse.extradependencies", "NONE");
        return p;
    }

    @Override
    public ParsedDocument annotate(Document document) {
        Annotation whole = new Annotation(document.text());
        split.annotate(whole);
        List<Failure> notes = new ArrayList<>();
        List<CoreMap> sentences = SentenceCap.apply(whole.get(CoreAnnotations.SentencesAnnotation.class),
                MAX_SENTENCE_TOKENS, notes);
        whole = null;  // the tokens live on in the sentences; the rest can go
        List<Sentence> out = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += CHUNK_SENTENCES) {
            int to = Math.min(sentences.size(), from + CHUNK_SENTENCES);
            Annotation chunk = new Annotation(document.text());
            chunk.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences.subList(from, to)));
            parse.annotate(chunk);
            for (int i = from; i < to; i++) {
                Sentence s = sentence(document.text(), sentences.get(i), out.size());
                if (s != null) {
                    out.add(s);
                }
                sentences.set(i, null);
            }
        }
        return new ParsedDocument(document, out, notes);
    }

    @Override
    public String describe() {
        return "Stanford CoreNLP 4.5.10 " + ANNOTATORS + " (sentences split at " + MAX_SENTENCE_TOKENS + " tokens)";
    }

    /** One CoreNLP sentence as core's record, or null when it has no tokens. */
    static Sentence sentence(String text, CoreMap cm, int index) {
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.isEmpty()) {
            return null;
        }
        SemanticGraph graph = cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] relations = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "dep");
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                relations[root.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int dep = e.getDependent().index() - 1;
                heads[dep] = e.getGovernor().index() - 1;
                relations[dep] = e.getRelation().toString();
            }
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            int b = l.beginPosition();
            int e = l.endPosition();
            String surface = text.substring(b, e);
            String lemma = l.lemma() == null ? surface : l.lemma();
            tokens.add(new Token(i, surface, lemma.toLowerCase(Locale.ROOT), l.tag(), new Span(b, e),
                    heads[i] == i ? -1 : heads[i], relations[i]));
        }
        int begin = tokens.get(0).span().begin();
        int end = tokens.get(n - 1).span().end();
        return new Sentence(index, new Span(begin, end), text.substring(begin, end), tokens);
    }
}
