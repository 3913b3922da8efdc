package org.parley.quotes;

import java.util.HashSet;
import java.util.Set;

import org.parley.data.WordLists;

/**
 * The words that attribute words to someone ({@code quotes.tsv}). Speech verbs cue direct
 * quotes and reported speech; some of them report speech only with a clause ("believe that
 * ..."), and evidential verbs ("the poll shows that ...", "the report found that ...")
 * attribute a finding to their subject only with a clause. Immutable.
 */
final class SpeechCues {

    /** Verbs that attribute words to their subject. */
    private final Set<String> speechVerbs;
    /** Findings and agreement: reported only through a clause ("the survey showed that ..."). */
    private final Set<String> evidentialVerbs;
    /** Verbs that report speech only with a clausal complement (not "think" alone as a quote cue): evidential ones too. */
    private final Set<String> onlyWithClause;

    SpeechCues(WordLists words) {
        this.speechVerbs = words.get("quotes.speech-verbs");
        this.evidentialVerbs = words.get("quotes.evidential-verbs");
        Set<String> s = new HashSet<>(words.get("quotes.clause-only-speech-verbs"));
        s.addAll(evidentialVerbs);
        this.onlyWithClause = Set.copyOf(s);
    }

    /** A verb that may report speech or a finding with a clause. */
    boolean reportsWithClause(String lemma) {
        return speechVerbs.contains(lemma) || evidentialVerbs.contains(lemma);
    }

    /** A verb that may cue a direct quote it does not govern ("...," she said). */
    boolean cuesQuote(String lemma) {
        return speechVerbs.contains(lemma);
    }

    /** A verb that reports speech only through a clausal complement, never by parataxis or inversion. */
    boolean onlyWithClause(String lemma) {
        return onlyWithClause.contains(lemma);
    }
}
