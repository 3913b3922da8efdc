package org.parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * What a request, refusal, promise, threat, accusation or negotiation is about is not an
 * event of its own: "rejected a U.S. request", "demanded that the US cancel plans to sell
 * weapons", "promised to continue military aid", "renewed negotiations on a troop pullback"
 * each code only the framing act. An event inside the object, complement or topic of a
 * framing event's trigger is dropped, with the conjuncts of what is dropped; one merely
 * conjoined to the framing act itself, or in an adverbial of time
 * or cause ("after the attack"), is kept. Reported speech's own events frame nothing: "X said
 * Y attacked" keeps Y's attack.
 */
final class FramedContent implements SentenceStage {

    /** Roots of acts that frame another act as their content: appeals, intents, talks, demands,
     *  disapproval, rejection, threats. */
    private static final Set<String> FRAMING_ROOTS = Set.of("02", "03", "04", "10", "11", "12", "13");
    /** Relations that leave the content of a framing act: conjuncts, parentheticals, loose attachments. */
    private static final Set<String> UNFRAMED = Set.of("conj", "parataxis", "dep", "appos", "list", "discourse",
            "vocative", "reparandum", "orphan");

    /** Prepositions and marks that introduce what a framing act is about. */
    private final Set<String> topicPreps;

    FramedContent(WordLists words) {
        this.topicPreps = words.get("coding.topic-prepositions");
    }

    @Override
    public List<Event> apply(List<Event> events, SentenceContext ctx) {
        Sentence s = ctx.sentence();
        List<Token> frames = new ArrayList<>();
        for (Event e : events) {
            Token t = s.tokenAt(e.evidence().trigger());
            if (t != null && FRAMING_ROOTS.contains(e.type().root()) && !e.evidence().rule().startsWith("speech.")) {
                frames.add(t);
            }
        }
        if (frames.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Token t = s.tokenAt(e.evidence().trigger());
            Token frame = t == null ? null : frames.stream().filter(f -> f.index() != t.index() && framedBy(s, f, t))
                    .findFirst().orElse(null);
            if (frame != null) {
                ctx.log("  " + e.type().code() + " '" + t.text() + "' is what '" + frame.text()
                        + "' is about, not an event of its own");
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether {@code t} sits in an argument of {@code frame}: its object, complement or topic,
     * through a path on which every step is an argument, a modifier of a nominal, or a phrase
     * of topic ("on", "about", "for", "of"); a conjunct, a parenthetical or an adverbial of
     * time, cause or contrast ("after", "while") breaks the path.
     */
    private boolean framedBy(Sentence s, Token frame, Token t) {
        Token cur = t;
        for (int guard = 0; guard < 12 && cur.head() >= 0; guard++) {
            String rel = cur.baseRelation();
            if (rel.equals("conj") && cur.head() != frame.index()) {
                // "discussed working to stop immigration and crack down on gangs": a conjunct
                // stands where its first conjunct stands; only one of the frame's own breaks the path.
                cur = s.token(cur.head());
                continue;
            }
            if (UNFRAMED.contains(rel)) {
                return false;
            }
            if (rel.equals("obl") || rel.equals("nmod") || rel.equals("advcl")) {
                String prep = s.caseOf(cur);
                if (prep == null && rel.equals("advcl")) {
                    prep = s.children(cur.index(), "mark").stream().map(Token::lemma).findFirst().orElse(null);
                }
                if (prep == null || !topicPreps.contains(prep)) {
                    return false;
                }
            }
            if (cur.head() == frame.index()) {
                return !rel.equals("nsubj") && !rel.equals("advmod") && !rel.equals("aux") && !rel.equals("mark");
            }
            cur = s.token(cur.head());
        }
        return false;
    }
}
