package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner, depparse), the
 * baseline Parley's speed is measured against in the same process. Used by benchmarks only.
 */
public final class CoreNlpBaseline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline() {
        this.pipeline = new StanfordCoreNLP(CoreNlpAnnotator.properties(ANNOTATORS));
    }

    /** Annotates the text and returns its token count. */
    public int annotate(String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
