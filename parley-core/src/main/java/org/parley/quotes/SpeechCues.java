package org.parley.quotes;

import java.util.HashSet;
import java.util.Set;

/**
 * The words that attribute words to someone. Speech verbs cue direct quotes and reported
 * speech; some of them report speech only with a clause ("believe that ..."), and evidential
 * verbs ("the poll shows that ...", "the report found that ...") attribute a finding to their
 * subject only with a clause.
 */
final class SpeechCues {

    /** Verbs that attribute words to their subject (the event coder reads this set too). */
    static final Set<String> SPEECH_VERBS = Set.of("say", "state", "tell", "emphasize", "emphasise", "stress",
            "add", "declare", "insist", "note", "argue", "claim", "warn", "reiterate", "assert", "maintain", "write",
            "announce", "explain", "acknowledge", "admit", "confirm", "deny", "suggest", "indicate", "ask", "reply",
            "respond", "answer", "remark", "comment", "observe", "predict", "promise", "pledge", "vow", "threaten",
            "urge", "tweet", "post", "describe", "characterize", "characterise", "call", "deem", "recall", "concede",
            "contend", "complain", "allege", "accuse", "caution", "point", "report", "underscore", "underline",
            "charge", "continue", "conclude", "counter", "joke", "quip", "recount", "repeat", "shout", "signal",
            "testify", "told", "believe", "think", "hope", "fear", "express", "convey");

    /** Findings and agreement: reported only through a clause ("the survey showed that ..."). */
    static final Set<String> EVIDENTIAL_VERBS = Set.of("show", "find", "estimate", "agree", "reveal", "conclude",
            "learn", "expect", "know", "realize", "realise", "recognize", "recognise", "assume", "guess", "figure",
            "imply", "demonstrate", "suspect", "doubt", "worry", "contend", "read", "predict", "forecast",
            "project", "calculate", "determine", "decide", "feel", "understand", "concur", "acknowledge");

    /** Verbs that report speech only with a clausal complement (not "think" alone as a quote cue). */
    static final Set<String> ONLY_WITH_CLAUSE;

    static {
        Set<String> s = new HashSet<>(Set.of("believe", "think", "hope", "fear", "express", "convey", "continue",
                "point", "call", "describe", "characterize", "characterise", "deem"));
        s.addAll(EVIDENTIAL_VERBS);
        ONLY_WITH_CLAUSE = Set.copyOf(s);
    }

    private SpeechCues() {
    }

    /** A verb that may report speech or a finding with a clause. */
    static boolean reportsWithClause(String lemma) {
        return SPEECH_VERBS.contains(lemma) || EVIDENTIAL_VERBS.contains(lemma);
    }

    /** A verb that may cue a direct quote it does not govern ("...," she said). */
    static boolean cuesQuote(String lemma) {
        return SPEECH_VERBS.contains(lemma);
    }
}
