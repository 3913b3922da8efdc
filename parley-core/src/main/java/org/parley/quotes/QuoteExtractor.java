package org.parley.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.parley.actors.DocumentMentions;
import org.parley.model.Actor;
import org.parley.model.Evidence;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds who said what. Direct quotes are spans between quotation marks (straight or curly,
 * across sentences); each is attributed to the subject of the speech verb that governs it or
 * stands next to it ("...," he said), else to the speaker of an adjacent sentence. Reported
 * speech is a speech verb with a clausal complement ("X said that ...") or "according to X".
 * Speakers resolve through the mention finder's coreference. Thread-safe.
 */
public final class QuoteExtractor {

    /** Verbs that attribute words to their subject. */
    public static final Set<String> SPEECH_VERBS = Set.of("say", "state", "tell", "emphasize", "emphasise", "stress",
            "add", "declare", "insist", "note", "argue", "claim", "warn", "reiterate", "assert", "maintain", "write",
            "announce", "explain", "acknowledge", "admit", "confirm", "deny", "suggest", "indicate", "ask", "reply",
            "respond", "answer", "remark", "comment", "observe", "predict", "promise", "pledge", "vow", "threaten",
            "urge", "tweet", "post", "describe", "characterize", "characterise", "call", "deem", "recall", "concede",
            "contend", "complain", "allege", "accuse", "caution", "point", "report", "underscore", "underline",
            "charge", "continue", "conclude", "counter", "joke", "quip", "recount", "repeat", "shout", "signal",
            "testify", "told", "believe", "think", "hope", "fear", "express", "convey");

    private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");

    /**
     * Inside a direct quote, "I" is the speaker and "we" the speaker's side (a minister's "we"
     * is the government, an organisation's spokesman's "we" the organisation): mentions the
     * mention finder could not make, because it runs before quotes are known.
     */
    public List<Mention> firstPersonMentions(ParsedDocument doc, List<Quote> quotes) {
        List<Mention> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (!q.direct() || q.speaker() == null) {
                continue;
            }
            Actor speaker = q.speaker();
            Actor side = speaker.kind() == org.parley.model.ActorKind.PERSON && speaker.hasStateCountry()
                    ? new Actor(speaker.country() + (speaker.sector() == null ? "" : speaker.sector()), speaker.country(),
                            speaker.sector(), org.parley.model.ActorKind.STATE, speaker.country()
                            + (speaker.sector() == null ? "" : " " + speaker.sector()), null, null)
                    : speaker;
            for (Sentence s : doc.sentences()) {
                if (!s.span().overlaps(q.content())) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (!q.content().contains(t.span())) {
                        continue;
                    }
                    String w = t.text().toLowerCase(java.util.Locale.ROOT);
                    if (FIRST_PERSON_SINGULAR.contains(w)) {
                        out.add(new Mention(t.span(), t.text(), speaker, s.index(), t.index(), "first-person→speaker"));
                    } else if (FIRST_PERSON_PLURAL.contains(w)) {
                        out.add(new Mention(t.span(), t.text(), side, s.index(), t.index(), "first-person→speaker's side"));
                    }
                }
            }
        }
        return out;
    }

    /** Verbs that report speech only with a clausal complement (not "think" alone as a quote cue). */
    private static final Set<String> REPORTING_ONLY_WITH_CLAUSE = Set.of("believe", "think", "hope", "fear",
            "express", "convey", "continue", "point", "call", "describe", "characterize", "characterise", "deem");

    public List<Quote> extract(ParsedDocument doc, DocumentMentions mentions) {
        String text = doc.document().text();
        List<Quote> out = new ArrayList<>();
        List<Span> quoted = QuotationMarks.find(text);
        for (Span q : quoted) {
            Quote quote = attributeDirect(doc, q, mentions, out, quoted);
            if (quote != null) {
                out.add(quote);
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Quote r = reported(doc, s, t, mentions, quoted);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        out.sort((a, b) -> a.content().compareTo(b.content()));
        return out;
    }

    private static boolean insideAny(List<Span> quoted, Span span) {
        for (Span q : quoted) {
            if (q.contains(span)) {
                return true;
            }
        }
        return false;
    }

    private static int distance(Span q, Span t) {
        return t.begin() >= q.end() ? t.begin() - q.end() : Math.max(0, q.begin() - t.end());
    }

    private Quote attributeDirect(ParsedDocument doc, Span q, DocumentMentions mentions, List<Quote> earlier,
                                  List<Span> quoted) {
        String text = doc.document().text();
        if (q.length() == 0) {
            return null;
        }
        Sentence first = sentenceAt(doc, q.begin());
        Sentence last = sentenceAt(doc, Math.max(q.begin(), q.end() - 1));
        if (first == null || last == null) {
            return null;
        }
        // A cue in the sentences the quote touches, outside every quote, the nearest first.
        List<Token> cues = new ArrayList<>();
        List<Sentence> around = new ArrayList<>(first == last ? List.of(first) : List.of(first, last));
        // '"How many times?" Clinton said.': the splitter puts the cue in the next sentence;
        // 'Graham said: "..."': in the one before.
        int lastIndex = last.index();
        if (lastIndex + 1 < doc.sentences().size()) {
            Sentence next = doc.sentences().get(lastIndex + 1);
            if (next.span().begin() - q.end() <= 3 && next.size() <= 12) {
                around.add(next);
            }
        }
        if (first.index() > 0) {
            Sentence previous = doc.sentences().get(first.index() - 1);
            String between = text.substring(Math.min(previous.span().end(), q.begin()), q.begin());
            if (previous.text().endsWith(":") || between.contains(":")) {
                around.add(previous);
            }
        }
        for (Sentence s : around) {
            for (Token t : s.tokens()) {
                if (t.isVerb() && SPEECH_VERBS.contains(t.lemma()) && !insideAny(quoted, t.span())) {
                    cues.add(t);
                }
            }
        }
        cues.sort(java.util.Comparator.comparingInt(t -> distance(q, t.span())));
        for (Token t : cues) {
            Sentence s = sentenceAt(doc, t.span().begin());
            Speaker speaker = speakerOf(s, t, mentions, text, quoted);
            if ((speaker == null || speaker.actor() == null) && governsSpan(s, t, q)) {
                Speaker root = rootSubject(s, mentions, text);
                speaker = root != null && !insideAny(quoted, root.span()) ? root : speaker;
            }
            if (speaker != null || governsSpan(s, t, q)) {
                return quote(q, text, speaker, t.text(), t.span(), true, evidence(doc, s, q, t, "quote.direct.verb"));
            }
        }
        // "according to X" in the same sentence.
        for (Token t : first.tokens()) {
            if (t.lemma().equals("accord") && !q.contains(t.span())) {
                Speaker speaker = accordingTo(first, t, mentions, text);
                if (speaker != null) {
                    return quote(q, text, speaker, "according to", t.span(), true,
                            evidence(doc, first, q, t, "quote.direct.according-to"));
                }
            }
        }
        // A partial quote inside a clause ("criticized the media for being 'dishonest'"): the clause's subject.
        boolean partial = q.begin() - first.span().begin() > 3;
        if (partial) {
            Speaker root = rootSubject(first, mentions, text);
            if (root != null) {
                return quote(q, text, root, null, null, true, evidence(doc, first, q, null, "quote.direct.clause-subject"));
            }
        }
        // A quote paragraph continuing the previous speaker's words.
        if (!partial && !earlier.isEmpty()) {
            Quote prev = earlier.get(earlier.size() - 1);
            Sentence prevSentence = sentenceAt(doc, prev.content().begin());
            if (prev.speakerSpan() != null && prevSentence != null && first.index() - prevSentence.index() <= 2) {
                return new Quote(q, q.of(text), prev.speakerSpan(), prev.speakerText(), prev.speaker(), prev.cue(),
                        prev.cueSpan(), true, evidence(doc, first, q, null, "quote.direct.continued"));
            }
        }
        return new Quote(q, q.of(text), null, null, null, null, null, true,
                evidence(doc, first, q, null, "quote.direct.unattributed"));
    }

    /** Reported speech: a speech verb with a clausal complement and a resolvable subject. */
    private Quote reported(ParsedDocument doc, Sentence s, Token verb, DocumentMentions mentions, List<Span> quoted) {
        if (!verb.isVerb() || !SPEECH_VERBS.contains(verb.lemma())) {
            return null;
        }
        Token complement = null;
        for (Token c : s.children(verb.index())) {
            if (c.relation().equals("ccomp") || c.relation().equals("parataxis") && !REPORTING_ONLY_WITH_CLAUSE.contains(verb.lemma())) {
                complement = c;
                break;
            }
        }
        if (complement == null) {
            return null;
        }
        BitSet content = s.subtree(complement.index());
        for (Token m : s.children(complement.index(), "mark")) {
            content.clear(m.index());
        }
        trimPunctuation(s, content);
        Span span = s.spanOf(content);
        if (span == null) {
            return null;
        }
        for (Span q : quoted) {
            if (q.contains(span) || span.contains(q) && q.length() * 2 > span.length()) {
                return null;
            }
        }
        String text = doc.document().text();
        Speaker speaker = speakerOf(s, verb, mentions, text);
        if (speaker == null) {
            return null;
        }
        return quote(span, text, speaker, verb.text(), verb.span(), false,
                evidence(doc, s, span, verb, "quote.reported." + verb.lemma()));
    }

    private static void trimPunctuation(Sentence s, BitSet ids) {
        int first = ids.nextSetBit(0);
        while (first >= 0 && s.token(first).relation().equals("punct")) {
            ids.clear(first);
            first = ids.nextSetBit(0);
        }
        int last = ids.length() - 1;
        while (last >= 0 && s.token(last).relation().equals("punct")) {
            ids.clear(last);
            last = ids.length() - 1;
        }
    }

    /** Who is speaking: the words naming the speaker, and the actor they resolve to if any. */
    record Speaker(Span span, String text, Actor actor) {
    }

    private static Quote quote(Span content, String text, Speaker speaker, String cue, Span cueSpan, boolean direct,
                               Evidence evidence) {
        return new Quote(content, content.of(text), speaker == null ? null : speaker.span(),
                speaker == null ? null : speaker.text(), speaker == null ? null : speaker.actor(), cue, cueSpan, direct,
                evidence);
    }

    /**
     * The speech verb's subject, through conjunctions and relative clauses: its actor mention
     * when it names one, else just its words ("a senior official").
     */
    static Speaker speakerOf(Sentence s, Token verb, DocumentMentions mentions, String text) {
        return speakerOf(s, verb, mentions, text, List.of());
    }

    /** As above; a subject inside a quotation is the quote's own words, and "said Caddell" names the speaker after the verb. */
    static Speaker speakerOf(Sentence s, Token verb, DocumentMentions mentions, String text, List<Span> quoted) {
        Token cur = verb;
        for (int guard = 0; guard < 4 && cur != null; guard++) {
            for (Token c : s.children(cur.index())) {
                if ((c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) && insideAny(quoted, c.span())) {
                    Speaker after = nominalAfter(s, cur, mentions, text, quoted);
                    if (after != null) {
                        return after;
                    }
                    continue;
                }
                if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
                    Token subject = c;
                    List<Mention> ms = mentions.at(s.index(), c.index());
                    if (ms.isEmpty() && Set.of("who", "which", "that").contains(c.lemma()) && cur.head() >= 0) {
                        subject = s.token(cur.head());
                        ms = mentions.at(s.index(), subject.index());
                    }
                    if (!ms.isEmpty()) {
                        Mention m = ms.get(0);
                        return new Speaker(m.span(), m.text(), m.actor());
                    }
                    Span span = subjectSpan(s, subject);
                    return new Speaker(span, span.of(text), null);
                }
            }
            if (cur == verb && !quoted.isEmpty()) {
                // '"...," said Caddell': a verb with no subject of its own, its speaker after it.
                Speaker after = nominalAfter(s, cur, mentions, text, quoted);
                if (after != null) {
                    return after;
                }
            }
            if (!(cur.relation().equals("conj") || cur.relation().equals("xcomp") || cur.relation().equals("advcl"))
                    || cur.head() < 0) {
                return null;
            }
            cur = s.token(cur.head());
        }
        return null;
    }

    /** The first noun or pronoun after a verb, outside quotations, as the speaker. */
    private static Speaker nominalAfter(Sentence s, Token verb, DocumentMentions mentions, String text, List<Span> quoted) {
        for (Token after : s.children(verb.index())) {
            if (after.index() > verb.index() && (after.isNoun() || after.isPronoun())
                    && !insideAny(quoted, after.span()) && !after.relation().equals("obl")) {
                List<Mention> ms = mentions.at(s.index(), after.index());
                if (!ms.isEmpty()) {
                    return new Speaker(ms.get(0).span(), ms.get(0).text(), ms.get(0).actor());
                }
                Span span = subjectSpan(s, after);
                return new Speaker(span, span.of(text), null);
            }
        }
        return null;
    }

    /** The subject's words without relative clauses, appositions or trailing punctuation. */
    private static Span subjectSpan(Sentence s, Token subject) {
        BitSet ids = s.subtree(subject.index(), c -> !c.relation().startsWith("acl") && !c.relation().equals("appos")
                && !c.relation().equals("punct") && !c.relation().equals("parataxis"));
        return s.spanOf(ids);
    }

    /** The subject of the sentence's main verb: the speaker when the parse loses the cue's attachment. */
    private static Speaker rootSubject(Sentence s, DocumentMentions mentions, String text) {
        for (Token t : s.tokens()) {
            if (t.head() < 0) {
                for (Token c : s.children(t.index(), "nsubj")) {
                    List<Mention> ms = mentions.at(s.index(), c.index());
                    if (!ms.isEmpty()) {
                        return new Speaker(ms.get(0).span(), ms.get(0).text(), ms.get(0).actor());
                    }
                    if (!Set.of("it", "this", "that", "there").contains(c.lemma())) {
                        Span span = subjectSpan(s, c);
                        return new Speaker(span, span.of(text), null);
                    }
                }
            }
        }
        return null;
    }

    private static Speaker accordingTo(Sentence s, Token according, DocumentMentions mentions, String text) {
        Token nominal = according.head() >= 0 ? s.token(according.head()) : null;
        if (nominal == null) {
            return null;
        }
        List<Mention> ms = mentions.at(s.index(), nominal.index());
        if (!ms.isEmpty()) {
            return new Speaker(ms.get(0).span(), ms.get(0).text(), ms.get(0).actor());
        }
        Span span = subjectSpan(s, nominal);
        return new Speaker(span, span.of(text), null);
    }

    private static boolean governsSpan(Sentence s, Token verb, Span q) {
        BitSet sub = s.subtree(verb.index());
        for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
            if (q.contains(s.token(i).span())) {
                return true;
            }
        }
        return false;
    }

    private static Sentence sentenceAt(ParsedDocument doc, int offset) {
        Sentence best = null;
        for (Sentence s : doc.sentences()) {
            if (s.span().begin() <= offset) {
                best = s;
            } else {
                break;
            }
        }
        return best;
    }

    private static Evidence evidence(ParsedDocument doc, Sentence s, Span span, Token cue, String rule) {
        return new Evidence(doc.document().id(), s.index(), s.text(), s.span(), span,
                cue == null ? null : cue.span(), cue == null ? null : cue.text(), rule);
    }
}
