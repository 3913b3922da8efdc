package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Quotation marks that quote no one, taken out before quotes are attributed:
 * <ul>
 * <li>a definition: marks inside parentheses ("the Republic of Freedonia (“Freedonia”)") or
 *     after a word that introduces a name ("hereinafter", "so-called", "known as",
 *     {@code quotes.definitional-openers});</li>
 * <li>a title: words in title case, not ending as a clause does, right after a noun a title
 *     follows ("the film “Duck Soup”", {@code quotes.title-nouns}) or that no speech verb
 *     introduces;</li>
 * <li>scare quotes: one or two words modifying a noun outside the marks that no verb of
 *     saying introduces ("the “temporary” measures were extended"), where such a verb
 *     governing them makes them someone's words ("police said they attacked “temporary”
 *     checkpoints"), as are quoted words that are themselves what is named ("a “con
 *     artist”").</li>
 * </ul>
 */
final class NonQuotes {

    /** Relations of a word that modifies the noun it hangs on. */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nummod");

    /** Scare quotes hold at most this many words. */
    private static final int SCARE_WORDS = 2;
    /** A title holds at most this many words. */
    private static final int TITLE_WORDS = 10;

    private final SpeechCues cues;
    private final Set<String> openers;
    private final Set<String> titleNouns;
    private final Set<String> characterizing;

    NonQuotes(SpeechCues cues, WordLists words) {
        this.cues = cues;
        this.openers = words.get("quotes.definitional-openers");
        this.titleNouns = words.get("quotes.title-nouns");
        this.characterizing = words.get("quotes.characterizing-verbs");
    }

    /** The spans that quote someone. */
    List<Span> quoting(ParsedDocument doc, List<Span> quoted) {
        List<Span> out = new ArrayList<>();
        for (Span q : quoted) {
            if (why(doc, q) == null) {
                out.add(q);
            }
        }
        return out;
    }

    /** Why the marks around {@code q} quote no one ("definition", "title", "scare quotes"), or null when they quote. */
    String why(ParsedDocument doc, Span q) {
        String text = doc.document().text();
        String before = before(text, q.begin());
        if (before.endsWith("(") || endsWithOpener(before)) {
            return "definition";
        }
        Sentence s = Sentences.at(doc, q.begin());
        if (s == null || !s.span().contains(q)) {
            return null;
        }
        List<Token> inside = new ArrayList<>();
        Token previous = null;
        for (Token t : s.tokens()) {
            if (q.contains(t.span())) {
                if (!t.relation().equals("punct")) {
                    inside.add(t);
                }
            } else if (t.span().end() <= q.begin() && !t.relation().equals("punct") && !isMark(t.text())) {
                previous = t;
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        boolean spoken = governedBySpeech(s, q);
        if (inside.size() <= TITLE_WORDS && titleCase(inside) && !sentenceLike(q.of(text))
                && (previous != null && titleNouns.contains(previous.lemma().toLowerCase(Locale.ROOT)) || !spoken)
                && !startsSentence(s, q, text)) {
            return "title";
        }
        if (inside.size() <= SCARE_WORDS && !spoken && modifiesOutside(s, q) && !startsSentence(s, q, text)) {
            return "scare quotes";
        }
        return null;
    }

    /**
     * A verb that reports or characterizes words introduces the quoted words when the words
     * lie in what it governs ("says he is making “a demand”", "called the plan “reckless”",
     * "criticized the law as a “crazy system”"): a speech verb, or one of
     * {@code quotes.characterizing-verbs}.
     */
    private boolean governedBySpeech(Sentence s, Span q) {
        for (Token t : s.tokens()) {
            if (t.isVerb() && !q.contains(t.span()) && (cues.reportsWithClause(t.lemma()) || cues.onlyWithClause(t.lemma())
                    || characterizing.contains(t.lemma())) && DirectQuotes.governsSpan(s, t, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quoted words modify a noun outside the marks ("the “temporary” checkpoints", "a
     * “peace” deal"), as scare quotes do; words that are themselves what is named or said
     * ("the woman's “head”", "a “con artist”", "only immigrants are “safe”") are someone's.
     */
    private static boolean modifiesOutside(Sentence s, Span q) {
        boolean modifies = false;
        for (Token t : s.tokens()) {
            if (q.contains(t.span()) && t.head() >= 0 && !q.contains(s.token(t.head()).span())
                    && !t.relation().equals("punct")) {
                if (!MODIFIERS.contains(t.relation())) {
                    return false;
                }
                modifies = true;
            }
        }
        return modifies;
    }

    /** The quote opens its sentence (after its mark): the sentence is someone's words, not a phrase inside one. */
    private static boolean startsSentence(Sentence s, Span q, String text) {
        for (int i = s.span().begin(); i < q.begin(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !isMark(String.valueOf(c)) && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** Every word of four letters or more, and the first, begins with a capital. */
    private static boolean titleCase(List<Token> words) {
        if (!Character.isUpperCase(words.get(0).text().charAt(0))) {
            return false;
        }
        boolean long_ = false;
        for (Token t : words) {
            if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
                long_ = true;
                if (!Character.isUpperCase(t.text().charAt(0))) {
                    return false;
                }
            }
        }
        return long_ || words.size() == 1;
    }

    /** Ends as a sentence or clause does, as words said do ("We will win." or "we will win,"). */
    private static boolean sentenceLike(String quoted) {
        String t = quoted.strip();
        return !t.isEmpty() && ".,!?;:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The text before the opening mark, without the mark and the spaces before it. */
    private static String before(String text, int begin) {
        int i = begin;
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || isMark(String.valueOf(text.charAt(i - 1)))
                || text.charAt(i - 1) == '\'')) {
            i--;
        }
        return text.substring(Math.max(0, i - 40), i).toLowerCase(Locale.ROOT);
    }

    private boolean endsWithOpener(String before) {
        String b = before.endsWith(":") || before.endsWith(",") ? before.substring(0, before.length() - 1) : before;
        for (String o : openers) {
            if (b.endsWith(o) && (b.length() == o.length() || !Character.isLetter(b.charAt(b.length() - o.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(String s) {
        return s.equals("\"") || s.equals("\u201C") || s.equals("\u201D") || s.equals("``") || s.equals("''");
    }
}
