package org.parley.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parley.model.Document;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Reads CoNLL-U (as written by {@code parley parse --format conllu}) back into a parsed
 * document, so the coder's tests run on fixed parses without the CoreNLP models. Each
 * sentence needs a {@code # text = } line; sentences are joined with a single space (or with
 * a newline where a {@code # newpar} line starts a paragraph) to rebuild the document text,
 * and token offsets are found by searching each form in its sentence text.
 */
public final class ConlluReader {

    private ConlluReader() {
    }

    /**
     * Several documents from one CoNLL-U text, each starting at a {@code # newdoc id = ID}
     * line, in file order.
     */
    public static java.util.LinkedHashMap<String, ParsedDocument> readDocuments(String conllu, LocalDate published) {
        java.util.LinkedHashMap<String, ParsedDocument> docs = new java.util.LinkedHashMap<>();
        String id = null;
        StringBuilder part = new StringBuilder();
        for (String line : conllu.split("\n", -1)) {
            if (line.startsWith("# newdoc id = ")) {
                if (id != null) {
                    docs.put(id, read(id, part.toString(), published));
                }
                id = line.substring("# newdoc id = ".length()).strip();
                part.setLength(0);
            } else {
                part.append(line).append('\n');
            }
        }
        if (id != null) {
            docs.put(id, read(id, part.toString(), published));
        }
        return docs;
    }

    public static ParsedDocument read(String id, String conllu, LocalDate published) {
        StringBuilder text = new StringBuilder();
        List<List<String[]>> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Boolean> newPar = new ArrayList<>();
        List<String[]> current = null;
        String pendingText = null;
        boolean pendingPar = false;
        int lineNo = 0;
        for (String line : conllu.split("\n", -1)) {
            lineNo++;
            if (line.startsWith("# text = ")) {
                pendingText = line.substring("# text = ".length());
            } else if (line.startsWith("# newpar")) {
                pendingPar = true;
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.isBlank()) {
                if (current != null) {
                    rows.add(current);
                    current = null;
                }
            } else {
                if (current == null) {
                    if (pendingText == null) {
                        throw new IllegalArgumentException("line " + lineNo + ": sentence without '# text = '");
                    }
                    current = new ArrayList<>();
                    texts.add(pendingText);
                    newPar.add(pendingPar);
                    pendingText = null;
                    pendingPar = false;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 8) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected 10 columns, got " + cols.length);
                }
                if (cols[0].contains("-") || cols[0].contains(".")) {
                    continue;
                }
                current.add(cols);
            }
        }
        if (current != null) {
            rows.add(current);
        }
        List<int[]> sentenceBounds = new ArrayList<>();
        for (int s = 0; s < texts.size(); s++) {
            if (s > 0) {
                text.append(newPar.get(s) ? "\n" : " ");
            }
            int begin = text.length();
            text.append(texts.get(s));
            sentenceBounds.add(new int[] {begin, text.length()});
        }
        String full = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < rows.size(); s++) {
            int begin = sentenceBounds.get(s)[0];
            int end = sentenceBounds.get(s)[1];
            String sentenceText = full.substring(begin, end);
            List<Token> tokens = new ArrayList<>();
            int cursor = 0;
            for (String[] c : rows.get(s)) {
                int i = Integer.parseInt(c[0]) - 1;
                String form = c[1];
                int at = sentenceText.indexOf(form, cursor);
                if (at < 0) {
                    throw new IllegalArgumentException("sentence " + s + ": token '" + form + "' not found after offset " + cursor);
                }
                cursor = at + form.length();
                int head = Integer.parseInt(c[6]) - 1;
                String pos = c[4].equals("_") ? c[3] : c[4];
                tokens.add(new Token(i, form, c[2].toLowerCase(java.util.Locale.ROOT), pos,
                        new Span(begin + at, begin + cursor), head, c[7]));
            }
            sentences.add(new Sentence(s, new Span(begin, end), sentenceText, tokens));
        }
        return new ParsedDocument(new Document(id, full, published, null, null), sentences);
    }
}
