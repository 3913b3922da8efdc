package org.parley.annotate;

import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Writes a parsed document as CoNLL-U, the fixture format {@link ConlluReader} reads. */
public final class ConlluWriter {

    private ConlluWriter() {
    }

    public static String write(ParsedDocument doc) {
        StringBuilder out = new StringBuilder();
        String text = doc.document().text();
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            if (s.index() > 0 && text.substring(previousEnd, s.span().begin()).contains("\n")) {
                out.append("# newpar\n");
            }
            previousEnd = s.span().end();
            out.append("# sent_id = ").append(s.index() + 1).append('\n');
            out.append("# text = ").append(s.text().replace('\n', ' ')).append('\n');
            for (Token t : s.tokens()) {
                out.append(t.index() + 1).append('\t')
                        .append(t.text()).append('\t')
                        .append(t.lemma()).append('\t')
                        .append('_').append('\t')
                        .append(t.pos()).append('\t')
                        .append('_').append('\t')
                        .append(t.head() + 1).append('\t')
                        .append(t.relation()).append('\t')
                        .append('_').append('\t')
                        .append("_\n");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
