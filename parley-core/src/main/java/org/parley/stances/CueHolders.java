package org.parley.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.ActorResolver;
import org.parley.actors.ClauseActors;
import org.parley.actors.DocumentMentions;
import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Who holds the stance a cue states: the subject of the cue's clause, or of the verb the cue
 * is the object of; for an adjective, the one who deems it so, the one it is "unacceptable
 * to", or the one disposed; for a threat, the threatened; for a proposal, its owner. May be
 * empty: the extractor then asks the quote the cue stands in.
 */
final class CueHolders {

    private final ActorResolver resolver;
    /** Cue adjectives whose subject is the one disposed to act ("Ukraine is ready to"). */
    private final Set<String> dispositional;
    /** Verbs that link a subject to an adjective ("remained unacceptable"): the subject is evaluated, not evaluating. */
    private final Set<String> linking;
    /** Nouns naming a proposal: its owner proposes it ("the French plan"). */
    private final Set<String> proposals;
    /** Verbs whose subject owns the proposal they take ("floated a plan", "had no plans"). */
    private final Set<String> proposing;

    CueHolders(ActorResolver resolver, WordLists words) {
        this.resolver = resolver;
        this.dispositional = words.get("coding.dispositional-adjectives");
        this.linking = words.get("stances.linking-verbs");
        this.proposals = words.get("stances.proposal-nouns");
        this.proposing = words.get("stances.proposing-verbs");
    }

    List<Mention> of(ParsedDocument doc, Sentence s, Cue.On on, DocumentMentions mentions) {
        Token cue = on.word();
        return switch (on.kind()) {
            case VERB -> ClauseActors.subjectOf(s, cue, mentions, 0);
            case ADJ -> ofAdjective(doc, s, cue, mentions);
            case NOUN -> ofNoun(s, cue, mentions);
        };
    }

    private List<Mention> ofAdjective(ParsedDocument doc, Sentence s, Token cue, DocumentMentions mentions) {
        Token governor = cue.head() >= 0 ? s.token(cue.head()) : null;
        if (cue.relation().equals("xcomp") && governor != null && !linking.contains(governor.lemma())) {
            // "Scholz deemed such talks premature": the one who deems holds the stance.
            return ClauseActors.subjectOf(s, governor, mentions, 0);
        }
        List<Token> around = new ArrayList<>(s.children(cue.index()));
        if (cue.relation().equals("xcomp") && governor != null) {
            around.addAll(s.children(governor.index()));
        }
        for (Token c : around) {
            if (c.baseRelation().equals("obl") && "to".equals(s.caseOf(c))) {
                // "unacceptable to Moscow": the one it is unacceptable to holds the stance.
                List<Mention> experiencer = new ArrayList<>(ClauseActors.actorsWithConj(s, c, mentions));
                if (experiencer.isEmpty()) {
                    for (Actor a : resolver.resolveStrict(c.text(), doc.document().published()).actors()) {
                        experiencer.add(new Mention(c.span(), c.text(), a.sector() == null ? a.withSector("GOV") : a,
                                s.index(), c.index(), "experiencer"));
                    }
                }
                if (!experiencer.isEmpty()) {
                    return experiencer;
                }
            }
        }
        Optional<Token> subj = s.child(cue.index(), "nsubj").or(() -> s.child(cue.index(), "nsubj:pass"));
        if (subj.isPresent() && (s.child(cue.index(), "xcomp").isPresent() || dispositional.contains(cue.lemma()))) {
            return ClauseActors.actorsWithConj(s, subj.get(), mentions);
        }
        return Holders.speakerAbove(s, cue, mentions);
    }

    private List<Mention> ofNoun(Sentence s, Token cue, DocumentMentions mentions) {
        if (s.child(cue.index(), "cop").isPresent() && s.child(cue.index(), "nsubj").isPresent()) {
            // "X is a direct threat to Russia": the threatened holds the stance, else the speaker.
            for (Token c : s.children(cue.index())) {
                if (c.baseRelation().equals("nmod") && "to".equals(s.caseOf(c))) {
                    List<Mention> experiencer = ClauseActors.actorsWithConj(s, c, mentions);
                    if (!experiencer.isEmpty()) {
                        return experiencer;
                    }
                }
            }
            return Holders.speakerAbove(s, cue, mentions);
        }
        if (proposals.contains(cue.lemma())) {
            // "the French plan", "Macron's proposal": the owner; "floated a plan", "had no plans": the one who has it.
            List<Mention> owner = new ArrayList<>(mentions.at(s.index(), cue.index()));
            for (Token c : s.children(cue.index(), "nmod:poss")) {
                owner.addAll(mentions.at(s.index(), c.index()));
            }
            if (!owner.isEmpty() || cue.head() < 0 || !cue.relation().equals("obj")
                    || !proposing.contains(s.token(cue.head()).lemma())) {
                return owner;
            }
            return ClauseActors.subjectOf(s, s.token(cue.head()), mentions, 0);
        }
        if (cue.head() >= 0 && (cue.relation().equals("obj") || cue.relation().equals("nsubj:pass"))) {
            return ClauseActors.subjectOf(s, s.token(cue.head()), mentions, 0);
        }
        List<Mention> poss = new ArrayList<>();
        for (Token c : s.children(cue.index(), "nmod:poss")) {
            poss.addAll(mentions.at(s.index(), c.index()));
        }
        return poss;
    }
}
