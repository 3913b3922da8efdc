package org.parley.stances;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.parley.actors.ActorResolver;
import org.parley.data.WordLists;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Stances stated by a cue word ({@code cues.tsv}: "willing", "skepticism", "premature",
 * "unacceptable"): the cue's proposition ({@link CuePropositions}) held by its holders
 * ({@link CueHolders}), else by the speaker of the quote it stands in. Hedges ("consider")
 * and conditions make support conditional; negation turns it to the cue's negated polarity or
 * the opposite; urging restraint is undecided. A cue a directive governs ("urged Moscow to
 * accept") states no stance of the one urged. A cue takes its word even when no stance comes
 * of it, so an event on the same word does not add a second reading.
 */
final class CueStances implements StanceReading {

    private final StanceCues cues;
    private final CuePropositions cuePropositions;
    private final CueHolders holders;
    private final Propositions propositions;
    /** Verbs that ask someone else to act. */
    private final Set<String> directives;
    /** Verbs whose "that" clause is demanded, not reported ("demanded that Russia accept"). */
    private final Set<String> demands;
    /** Nouns of caution: urging them counsels delay, it does not endorse the step ("urged restraint over troops"). */
    private final Set<String> caution;

    CueStances(StanceCues cues, Propositions propositions, ActorResolver resolver, WordLists words) {
        this.cues = cues;
        this.cuePropositions = new CuePropositions(words);
        this.holders = new CueHolders(resolver, words);
        this.propositions = propositions;
        this.directives = words.get("stances.directive-verbs");
        this.demands = words.get("stances.demanding-verbs");
        this.caution = words.get("stances.caution-nouns");
    }

    @Override
    public boolean read(Token t, SentenceStances at) {
        Sentence s = at.sentence();
        Cue.On on = cues.find(s, t);
        if (on == null) {
            return false;
        }
        Cue cue = on.cue();
        String governor = t.head() >= 0 ? s.token(t.head()).lemma() : "";
        if (t.relation().equals("xcomp") && directives.contains(governor) && !t.isAdjective()
                || t.relation().equals("ccomp") && demands.contains(governor)) {
            // "urged Moscow to accept the truce": Moscow is asked to, it has not taken a position
            // ("called the talk premature" names, it does not ask).
            return true;
        }
        Token proposition = cuePropositions.of(s, on);
        if (proposition == null) {
            return true;
        }
        List<Mention> holding = new ArrayList<>(holders.of(at.doc(), s, on, at.mentions()));
        holding.removeIf(h -> h.actor().country() == null);
        if (holding.isEmpty()) {
            // "the kingdom backed a settlement", "It is premature ...": the speaker holds it.
            Mention speaker = at.quotes().speakerOf(s, t);
            if (speaker == null || speaker.actor().country() == null) {
                return true;
            }
            holding.add(speaker);
        }
        boolean negated = s.isNegated(t) || t.head() >= 0 && s.isNegated(s.token(t.head())) && !t.isVerb();
        Polarity polarity = cue.polarity();
        if (polarity == null && !negated) {
            return true;
        }
        double strength = cue.strength();
        BitSet words = propositions.words(s, proposition);
        if (directives.contains(t.lemma()) && caution.contains(proposition.lemma())) {
            polarity = Polarity.UNDECIDED;
        } else if (polarity == Polarity.SUPPORT && (propositions.hedged(s, proposition, words)
                || propositions.conditioned(s, t))) {
            polarity = Polarity.CONDITIONAL;
            strength = Math.min(strength, 0.5);
        }
        if (negated) {
            polarity = cue.negated() != null ? cue.negated() : polarity == null ? Polarity.OPPOSE : Propositions.flip(polarity);
        }
        for (Mention h : holding) {
            Issue issue = propositions.issueOf(s, proposition, words, at.history(), h.actor().country());
            at.take(new Stance(h, issue, polarity, strength, at.evidence(t, words, cue.id())));
        }
        return true;
    }
}
