package org.parley.quotes;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.DocumentMentions;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Reported speech in one sentence, each with a resolvable speaker:
 * <ul>
 * <li>a speech verb's clausal complement ("X said (that) ...", "the poll shows that ...");</li>
 * <li>a clause before an inverted cue ("Japan has not decided ..., a spokesman said"), however
 *     the parser attached the two (the clause under the verb, or the verb under the clause);</li>
 * <li>the clause a participle reports ("..., saying the proposal raised questions"), also when
 *     the parser took "saying" for a subordinator;</li>
 * <li>the clause "according to X" is attached to;</li>
 * <li>the object of "say" ("said the same of Trump").</li>
 * </ul>
 * Content inside a direct quote, or mostly made of one, is left to the direct quote.
 */
final class ReportedSpeech {

    private static final Set<String> INVERTED_CLAUSE = Set.of("advcl", "dep", "parataxis", "ccomp");
    private static final Set<String> INTERPOSED = Set.of("parataxis", "dep");

    private final SpeechCues cues;
    /** Subordinators that make a clause before the verb a circumstance, not the words said. */
    private final Set<String> subordinators;
    private final ParsedDocument doc;
    private final String text;
    private final DocumentMentions mentions;
    private final SpeakerFinder speakers;
    private final List<Span> quoted;

    ReportedSpeech(SpeechCues cues, Set<String> subordinators, ParsedDocument doc, DocumentMentions mentions,
                   SpeakerFinder speakers, List<Span> quoted) {
        this.cues = cues;
        this.subordinators = subordinators;
        this.doc = doc;
        this.mentions = mentions;
        this.text = doc.document().text();
        this.speakers = speakers;
        this.quoted = quoted;
    }

    /** The reported speech a token cues, or null. */
    Quote at(Sentence s, Token t) {
        if (t.lemma().equals("accord")) {
            return accordingTo(s, t);
        }
        if (!t.isVerb() || !cues.reportsWithClause(t.lemma())) {
            return null;
        }
        Quote q = complement(s, t);
        if (q == null && cues.cuesQuote(t.lemma()) && !cues.onlyWithClause(t.lemma())) {
            q = inverted(s, t);
            if (q == null) {
                q = participle(s, t);
            }
            if (q == null && t.lemma().equals("say")) {
                q = object(s, t);
            }
        }
        return q;
    }

    /** "X said (that) ...": the verb's clausal complement. */
    private Quote complement(Sentence s, Token verb) {
        for (Token c : s.children(verb.index())) {
            if (c.relation().equals("ccomp")
                    || c.relation().equals("parataxis") && !cues.onlyWithClause(verb.lemma())) {
                return quote(s, verb, words(s, c, null), speakers.speakerOf(s, verb), "quote.reported." + verb.lemma());
            }
        }
        return null;
    }

    /** "Content, X said": a clause before the verb, under it or over it, and the verb's own subject after it. */
    private Quote inverted(Sentence s, Token verb) {
        Optional<Token> subject = s.child(verb.index(), "nsubj");
        if (subject.isEmpty()) {
            return null;
        }
        for (Token c : s.children(verb.index())) {
            if (c.index() < verb.index() && INVERTED_CLAUSE.contains(c.relation()) && isClause(s, c)
                    && s.subtree(c.index()).length() <= subject.get().index()) {
                return quote(s, verb, words(s, c, null), speakers.speakerOf(s, verb), "quote.reported.inverted");
            }
        }
        if (verb.head() >= 0 && INTERPOSED.contains(verb.relation()) && verb.head() < verb.index()) {
            Token clause = s.token(verb.head());
            while (clause.relation().equals("conj") && clause.head() >= 0 && clause.head() < clause.index()) {
                // "Austria will keep ... but has taken no decision, a spokeswoman said": the whole coordination.
                clause = s.token(clause.head());
            }
            if (isClause(s, clause) && !cues.reportsWithClause(clause.lemma())) {
                return quote(s, verb, words(s, clause, verb), speakers.speakerOf(s, verb), "quote.reported.interposed");
            }
        }
        return null;
    }

    /** "..., saying the proposal raised questions" parsed with "saying" as the clause's subordinator. */
    private Quote participle(Sentence s, Token verb) {
        if (!verb.relation().equals("mark") || verb.head() < 0) {
            return null;
        }
        Token clause = s.token(verb.head());
        if (clause.head() < 0 || clause.head() > verb.index()) {
            return null;
        }
        Speaker speaker = speakers.speakerOf(s, s.token(clause.head()));
        return quote(s, verb, words(s, clause, verb), speaker, "quote.reported.participle");
    }

    /** "said the same of Trump": what "say" takes as its object, when it is more than a pronoun. */
    private Quote object(Sentence s, Token verb) {
        Optional<Token> obj = s.child(verb.index(), "obj");
        if (obj.isEmpty() || obj.get().isPronoun() || obj.get().index() < verb.index()) {
            return null;
        }
        return quote(s, verb, words(s, obj.get(), null), speakers.speakerOf(s, verb), "quote.reported.say-object");
    }

    /** "according to X": the clause the phrase is attached to, without the phrase. */
    private Quote accordingTo(Sentence s, Token according) {
        if (according.head() < 0) {
            return null;
        }
        Token source = s.token(according.head());
        if (source.head() < 0) {
            return null;
        }
        Token clause = s.token(source.head());
        if (!isClause(s, clause)) {
            return null;
        }
        BitSet content = words(s, clause, source);
        Speaker speaker = speakers.accordingTo(s, according);
        Quote q = quote(s, according, content, speaker, "quote.reported.according-to");
        return q == null ? null : new Quote(q.content(), q.contentText(), q.speakerSpan(), q.speakerText(),
                q.speaker(), "according to", according.span(), false, q.evidence(), q.source());
    }

    /**
     * "Japan has not decided ..., a government spokesman said": a spokesman of no named
     * country speaks for the state his words have as their subject.
     */
    private Speaker placed(Sentence s, BitSet content, Speaker speaker) {
        Actor role = speaker.actor();
        if (role == null || role.country() != null || role.sector() == null) {
            return speaker;
        }
        for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(i + 1)) {
            Token t = s.token(i);
            // The subject of the content's own head clause, not of a clause inside it.
            int clause = t.head();
            if (!t.relation().equals("nsubj") || clause < 0 || !content.get(clause)
                    || s.token(clause).head() >= 0 && content.get(s.token(clause).head())) {
                continue;
            }
            for (Mention m : mentions.at(s.index(), t.index())) {
                // A state named as such ("Japan"), not a phrase a demonym colours ("a Russian drone strike").
                if (m.actor().country() != null && m.actor().kind() == ActorKind.STATE && t.isProperNoun()) {
                    return speaker.speakingFor(new Actor(m.actor().country() + role.sector(), m.actor().country(),
                            role.sector(), ActorKind.STATE, role.name(), null, null));
                }
            }
        }
        return speaker;
    }

    /** A predicate with a subject of its own: a clause that can carry what was said. */
    private boolean isClause(Sentence s, Token t) {
        if (!(t.isVerb() || t.isAdjective() || t.isNoun()) || s.child(t.index(), "nsubj").isEmpty()
                && s.child(t.index(), "nsubj:pass").isEmpty()) {
            return false;
        }
        for (Token m : s.children(t.index(), "mark")) {
            if (subordinators.contains(m.lemma())) {
                return false;
            }
        }
        return true;
    }

    /** The clause's words without its subordinator ("that"), the excluded subtree, and punctuation at the edges. */
    private static BitSet words(Sentence s, Token clause, Token without) {
        BitSet content = s.subtree(clause.index());
        if (without != null) {
            content.andNot(s.subtree(without.index()));
        }
        for (Token m : s.children(clause.index(), "mark")) {
            content.clear(m.index());
        }
        trimPunctuation(s, content);
        return content;
    }

    private Quote quote(Sentence s, Token cue, BitSet content, Speaker speaker, String rule) {
        Span span = s.spanOf(content);
        if (span == null || speaker == null || speaker.span() != null && span.overlaps(speaker.span())) {
            return null;
        }
        speaker = placed(s, content, speaker);
        for (Span q : quoted) {
            if (q.contains(span) || span.contains(q) && q.length() * 2 > span.length()) {
                return null;
            }
        }
        return Quotes.of(span, text, speaker, cue.text(), cue.span(), false, Quotes.evidence(doc, s, span, cue, rule));
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
}
