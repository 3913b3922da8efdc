package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds who said what. Direct quotes are spans between quotation marks (straight, curly or
 * doubled apostrophes, across sentences), attributed by {@link DirectQuotes}; reported speech
 * ("X said that ...", "..., a spokesman said", "according to X") is found by
 * {@link ReportedSpeech}. Speakers resolve through the mention finder's coreference, refined
 * by {@link SpeakerFinder}. Thread-safe.
 */
public final class QuoteExtractor {

    private final SpeechCues cues;
    private final NonQuotes nonQuotes;
    private final SpeakerFinder.Words speakerWords;
    private final Set<String> subordinators;
    private final Set<String> firstPersonSingular;
    private final Set<String> firstPersonPlural;

    /** The extractor with the word lists of {@code quotes.tsv}. */
    public QuoteExtractor(WordLists words) {
        this.cues = new SpeechCues(words);
        this.nonQuotes = new NonQuotes(cues, words);
        this.speakerWords = SpeakerFinder.Words.of(words);
        this.subordinators = words.get("quotes.circumstance-subordinators");
        this.firstPersonSingular = words.get("quotes.first-person-singular");
        this.firstPersonPlural = words.get("quotes.first-person-plural");
    }

    public List<Quote> extract(ParsedDocument doc, DocumentMentions mentions) {
        String text = doc.document().text();
        List<Span> quoted = nonQuotes.quoting(doc, QuotationMarks.find(text));
        SpeakerFinder speakers = new SpeakerFinder(speakerWords, mentions, quoted, text);
        DirectQuotes direct = new DirectQuotes(cues, doc, mentions, speakers);
        ReportedSpeech reported = new ReportedSpeech(cues, subordinators, doc, mentions, speakers, quoted);
        List<Quote> out = new ArrayList<>();
        for (Span q : quoted) {
            Quote quote = direct.attribute(q, out);
            if (quote != null) {
                out.add(quote);
            }
        }
        Set<Span> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Quote r = reported.at(s, t);
                if (r != null && seen.add(r.content())) {
                    out.add(r);
                }
            }
        }
        out.sort((a, b) -> a.content().compareTo(b.content()));
        return out;
    }

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
            Actor side = speaker.kind() == ActorKind.PERSON && speaker.hasStateCountry()
                    ? new Actor(speaker.country() + (speaker.sector() == null ? "" : speaker.sector()), speaker.country(),
                            speaker.sector(), ActorKind.STATE, speaker.country()
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
                    String w = t.text().toLowerCase(Locale.ROOT);
                    if (firstPersonSingular.contains(w)) {
                        out.add(new Mention(t.span(), t.text(), speaker, s.index(), t.index(), "first-person→speaker"));
                    } else if (firstPersonPlural.contains(w)) {
                        out.add(new Mention(t.span(), t.text(), side, s.index(), t.index(), "first-person→speaker's side"));
                    }
                }
            }
        }
        return out;
    }
}
