package org.parley.quotes;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds the speaker of a cue: the subject of the speech verb (through conjunctions, relative
 * clauses and the clause a participle hangs on), the name after an inverted verb ('...," said
 * Caddell'), the object of "according to". A speaker named only by a role ("a spokeswoman for
 * the Norwegian foreign ministry", "Erdogan's spokesman") speaks for the country its phrase
 * names; a pronoun speaker is the nearest person named before it outside quotations, since the
 * people named inside a quote are not the ones speaking it.
 */
final class SpeakerFinder {

    /** How many sentences back a pronoun speaker may look for the person it names. */
    private static final int PRONOUN_WINDOW = 3;

    /**
     * The pronouns and prepositions a speaker is found through ({@code quotes.tsv}): relative
     * pronouns, expletive subjects, third-person pronouns, and prepositions that attach a role
     * noun to whom it serves ("spokesman for", "minister of").
     */
    record Words(Set<String> relative, Set<String> expletive, Set<String> thirdPerson, Set<String> affiliation,
                 Set<String> nonPersons) {

        static Words of(WordLists words) {
            return new Words(words.get("quotes.relative-pronouns"), words.get("quotes.expletive-subjects"),
                    words.get("quotes.third-person-pronouns"), words.get("quotes.affiliation-prepositions"),
                    words.get("quotes.non-person-sources"));
        }
    }

    private final Words words;
    private final DocumentMentions mentions;
    private final List<Span> quoted;
    private final String text;

    SpeakerFinder(Words words, DocumentMentions mentions, List<Span> quoted, String text) {
        this.words = words;
        this.mentions = mentions;
        this.quoted = quoted;
        this.text = text;
    }

    boolean insideQuote(Span span) {
        if (span == null) {
            return false;
        }
        for (Span q : quoted) {
            if (q.contains(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speech verb's subject, through conjunctions, relative clauses and the main clause a
     * participle hangs on ("..., saying ..."): its actor mention when it names one, else its words.
     */
    Speaker speakerOf(Sentence s, Token verb) {
        Token cur = verb;
        for (int guard = 0; guard < 4 && cur != null; guard++) {
            for (Token c : s.children(cur.index())) {
                if (!(c.relation().equals("nsubj") || c.relation().equals("nsubj:pass"))) {
                    continue;
                }
                if (insideQuote(c.span())) {
                    Speaker after = nominalAfter(s, cur);
                    if (after != null) {
                        return after;
                    }
                    continue;
                }
                Token subject = c;
                if (mentions.at(s.index(), c.index()).isEmpty() && words.relative().contains(c.lemma()) && cur.head() >= 0) {
                    subject = s.token(cur.head());
                }
                return ofNominal(s, subject);
            }
            if (cur == verb && followsQuote(verb)) {
                // '"...," said Caddell': a verb with no subject of its own, its speaker after it.
                Speaker after = nominalAfter(s, cur);
                if (after != null) {
                    return after;
                }
            }
            // "..., Albares said, adding that ...": a participle after its head speaks with the head's subject.
            boolean climbs = cur.relation().equals("conj") || cur.relation().equals("xcomp")
                    || (cur.relation().equals("advcl") || cur.relation().equals("dep") && cur.pos().equals("VBG"))
                    && cur.head() >= 0 && cur.head() < cur.index();
            if (!climbs || cur.head() < 0 || insideQuote(s.token(cur.head()).span())) {
                // A participle before its head ("After saying her foot was swollen, ...") or a
                // head inside a quote is the reported clause, not the speaker's.
                return null;
            }
            cur = s.token(cur.head());
        }
        return null;
    }

    /** The verb comes right after a closing quotation mark ('...," said X'). */
    private boolean followsQuote(Token verb) {
        for (Span q : quoted) {
            int gap = verb.span().begin() - q.end();
            if (gap >= 0 && gap <= 4) {
                return true;
            }
        }
        return false;
    }

    /** The first noun or pronoun after a verb, outside quotations, as the speaker. */
    private Speaker nominalAfter(Sentence s, Token verb) {
        for (Token after : s.children(verb.index())) {
            if (after.index() > verb.index() && (after.isNoun() || after.isPronoun())
                    && !insideQuote(after.span()) && !after.relation().equals("obl")) {
                return ofNominal(s, after);
            }
        }
        return null;
    }

    /**
     * A noun phrase as a speaker: its mention if it has one, refined by affiliation and pronoun
     * reference. A speaker is an actor or a person: a document or an office that resolves to
     * no actor ("a joint statement", "the office", {@code quotes.non-person-sources}) is the
     * quote's source, not its speaker ({@link Speaker#document}).
     */
    Speaker ofNominal(Sentence s, Token head) {
        Speaker speaker = nominal(s, head);
        if (speaker.actor() == null && head.isNoun() && !head.isProperNoun()
                && words.nonPersons().contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return Speaker.document(speaker.span(), speaker.text());
        }
        return speaker;
    }

    private Speaker nominal(Sentence s, Token head) {
        List<Mention> ms = mentions.at(s.index(), head.index());
        Speaker speaker;
        if (!ms.isEmpty()) {
            speaker = Speaker.of(ms.get(0));
        } else {
            Span span = subjectSpan(s, head);
            speaker = new Speaker(span, span.of(text), null);
        }
        if (head.isPronoun() && words.thirdPerson().contains(head.text().toLowerCase(Locale.ROOT))) {
            Actor named = personNamedBefore(s, head);
            if (named != null) {
                return speaker.speakingFor(named);
            }
        }
        if (speaker.actor() == null || speaker.actor().country() == null) {
            Actor affiliation = affiliation(s, head, speaker.actor());
            if (affiliation != null) {
                return speaker.speakingFor(affiliation);
            }
        }
        return speaker;
    }

    /**
     * The nearest person named before the pronoun, outside quotations, within a few sentences:
     * '... Frederiksen addressed parliament. "A ceasefire ... give Putin time," she said.'
     */
    private Actor personNamedBefore(Sentence s, Token pronoun) {
        Mention best = null;
        for (Mention m : mentions.all()) {
            if (m.actor().kind() != ActorKind.PERSON || m.sentenceIndex() > s.index()
                    || m.sentenceIndex() < s.index() - PRONOUN_WINDOW || m.span().begin() >= pronoun.span().begin()
                    || insideQuote(m.span()) || m.how().startsWith("first-person")) {
                continue;
            }
            if (best == null || m.span().begin() > best.span().begin()) {
                best = m;
            }
        }
        return best == null ? null : best.actor();
    }

    /**
     * The country a role noun serves: a possessor ("Erdogan's spokesman"), or a phrase of
     * affiliation ("a spokeswoman for the Norwegian foreign ministry"); the speaker then stands
     * for that country's side in the role's sector (government if none).
     */
    private Actor affiliation(Sentence s, Token head, Actor role) {
        for (Token c : s.children(head.index())) {
            boolean possessor = c.relation().equals("nmod:poss");
            boolean affiliated = c.baseRelation().equals("nmod") && words.affiliation().contains(String.valueOf(s.caseOf(c)));
            if (!possessor && !affiliated) {
                continue;
            }
            BitSet phrase = s.subtree(c.index());
            for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
                for (Mention m : mentions.at(s.index(), i)) {
                    Actor a = m.actor();
                    if (a.country() != null) {
                        String sector = role != null && role.sector() != null ? role.sector()
                                : a.sector() != null ? a.sector() : "GOV";
                        return new Actor(a.country() + sector, a.country(), sector, ActorKind.STATE,
                                head.text(), null, null);
                    }
                }
            }
        }
        return null;
    }

    /** The subject's words without relative clauses, appositions, its preposition or trailing punctuation. */
    static Span subjectSpan(Sentence s, Token subject) {
        BitSet ids = s.subtree(subject.index(), c -> !c.relation().startsWith("acl") && !c.relation().equals("appos")
                && !c.relation().equals("punct") && !c.relation().equals("parataxis")
                && !(c.relation().equals("case") && c.head() == subject.index()));
        return s.spanOf(ids);
    }

    /** The subject of the sentence's main verb: the speaker when the parse loses the cue's attachment. */
    Speaker rootSubject(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.head() < 0) {
                for (Token c : s.children(t.index(), "nsubj")) {
                    if (!mentions.at(s.index(), c.index()).isEmpty() || !words.expletive().contains(c.lemma())) {
                        return ofNominal(s, c);
                    }
                }
            }
        }
        return null;
    }

    /** "according to X": X, the nominal that "according" is the case marker of. */
    Speaker accordingTo(Sentence s, Token according) {
        return according.head() >= 0 ? ofNominal(s, s.token(according.head())) : null;
    }
}
