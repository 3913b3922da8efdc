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
 */
public final class CoreNlpAnnotator implements Annotator {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse";

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnnotator() {
        this.pipeline = new StanfordCoreNLP(properties(ANNOTATORS));
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
        Annotation annotation = new Annotation(document.text());
        pipeline.annotate(annotation);
        return convert(document, annotation);
    }

    @Override
    public String describe() {
        return "Stanford CoreNLP 4.5.10 " + ANNOTATORS;
    }

    static ParsedDocument convert(Document document, Annotation annotation) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap cm : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
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
            sentences.add(new Sentence(sentences.size(), new Span(begin, end), text.substring(begin, end), tokens));
        }
        return new ParsedDocument(document, sentences);
    }
}
