package org.parley.cli;

import org.parley.nlp.CoreNlpAnnotator;
import org.parley.pipeline.Components;
import org.parley.pipeline.Pipeline;

/** Builds the pipeline once per process: the CoreNLP models dominate start-up (about 10 s). */
final class PipelineFactory {

    private static volatile Pipeline pipeline;

    private PipelineFactory() {
    }

    static Pipeline get() {
        return get(new KnowledgeOptions());
    }

    /**
     * The pipeline with the built-in knowledge base, shared per process; with dictionaries, a
     * pipeline of its own that reuses the loaded parser.
     */
    static Pipeline get(KnowledgeOptions knowledge) {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineFactory.class) {
                p = pipeline;
                if (p == null) {
                    p = new Pipeline(new CoreNlpAnnotator(), Components.load());
                    pipeline = p;
                }
            }
        }
        if (knowledge.isDefault()) {
            return p;
        }
        return new Pipeline(p.annotator(), Components.with(knowledge.knowledgeBase()));
    }
}
