package org.parley.stances;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.actors.ClauseActors;
import org.parley.data.TsvTable;
import org.parley.data.WordLists;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Stances an actor takes by saying what it will do (see {@code actions.tsv}): the verb's own
 * clause is the proposition ("could send further Patriot missiles to Ukraine if ..."), its
 * subject the holder; the verb and what it acts on must name the issue. Only verbs with a
 * modal ("will", "could", "cannot") that a speaker asserts: a main clause inside a quote, the
 * complement of a speech verb, or the complement of "keep"/"continue"; not one a cue or a
 * directive governs ("urged Moscow to halt"), which has its own reading.
 */
final class ActionStances implements StanceReading {

    public static final String RESOURCE = "parley/stances/actions.tsv";

    /** Parts of the clause that are not the proposition: the holder, auxiliaries, attached clauses. */
    private static final Set<String> NOT_PROPOSITION = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "advcl",
            "parataxis", "punct", "mark", "cc", "advmod");

    private record Action(String id, Polarity polarity, double strength) {
    }

    private final Map<String, Action> actions;
    private final Propositions propositions;
    /** Verbs that introduce what someone says: a clause under one is asserted. */
    private final Set<String> speechVerbs;
    /** Verbs whose complement the subject goes on doing ("keep supplying weapons"). */
    private final Set<String> continuative;
    /** Subordinators of an embedded question: what is asked about is not asserted. */
    private final Set<String> questionMarks;

    ActionStances(TsvTable table, Propositions propositions, WordLists words) {
        this.speechVerbs = words.get("quotes.speech-verbs");
        this.continuative = words.get("stances.continuative-verbs");
        this.questionMarks = words.get("stances.question-marks");
        Map<String, Action> m = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            m.put(row.require("lemma").toLowerCase(Locale.ROOT), new Action(row.require("id"),
                    Polarity.valueOf(row.require("polarity").toUpperCase(Locale.ROOT)),
                    Double.parseDouble(row.require("strength"))));
        }
        this.actions = Map.copyOf(m);
        this.propositions = propositions;
    }

    /** Adds the stances the verb commits its subject to; true when it added any. */
    @Override
    public boolean read(Token verb, SentenceStances at) {
        Sentence s = at.sentence();
        Action action = verb.isVerb() ? actions.get(verb.lemma()) : null;
        if (action == null) {
            return false;
        }
        Token clause = verb;
        if (verb.relation().equals("amod") && verb.pos().equals("VBG") && verb.head() >= 0) {
            // "would keep supplying weapons" parsed as "keep [supplying weapons]": the clause is keep's.
            Token noun = s.token(verb.head());
            if (!noun.relation().equals("obj") || noun.head() < 0 || !continuative.contains(s.token(noun.head()).lemma())) {
                return false;
            }
            clause = s.token(noun.head());
        }
        if (!asserted(s, clause) || !committed(s, clause) || clause.head() < 0 && at.quotes().speakerOf(s, clause) == null
                || !propositions.namesIssue(s, core(s, verb, clause), verb)) {
            // A main clause commits only a speaker ("South Korea will hold elections next year" is news).
            return false;
        }
        Token scope = continued(s, clause) ? s.token(clause.head()) : clause;
        List<Mention> holders = ClauseActors.subjectOf(s, scope, at.mentions(), 0).stream()
                .filter(h -> h.actor().country() != null).toList();
        if (holders.isEmpty()) {
            return false;
        }
        Token top = clause;
        BitSet words = s.subtree(top.index(), c -> !(c.head() == top.index() && NOT_PROPOSITION.contains(c.relation()))
                && !c.relation().equals("punct") && !(c.relation().equals("conj") && c.isVerb()));
        Polarity polarity = action.polarity();
        double strength = action.strength();
        if (propositions.hedged(s, scope, s.subtree(scope.index())) || propositions.conditioned(s, scope)
                || propositions.conditioned(s, verb)) {
            polarity = polarity == Polarity.SUPPORT ? Polarity.CONDITIONAL : polarity;
            strength = Math.min(strength, 0.5);
        }
        if (s.isNegated(clause) || scope != clause && s.isNegated(scope)) {
            polarity = Propositions.flip(polarity);
        }
        boolean added = false;
        for (Mention h : holders) {
            Issue issue = propositions.issueOf(s, clause, words, at.history(), h.actor().country());
            if (issue.key().startsWith("topic:")) {
                continue;
            }
            at.take(new Stance(h, issue, polarity, strength, at.evidence(verb, words, action.id())));
            added = true;
        }
        return added;
    }

    /**
     * A modal says what the subject will, would, may or cannot do: a commitment, not the
     * narration of a fact ("Finland joined NATO in 2023" takes no position).
     */
    private boolean committed(Sentence s, Token verb) {
        Token scope = continued(s, verb) ? s.token(verb.head()) : verb;
        return s.children(scope.index(), "aux").stream().anyMatch(a -> a.pos().equals("MD"))
                || s.children(verb.index(), "aux").stream().anyMatch(a -> a.pos().equals("MD"));
    }

    /**
     * The verb with the heads of what it acts on ("send troops", "help Kyiv with weapons"):
     * these, not some word deep in the clause, must name the issue ("lift restrictions that
     * kept trucks at the border" is not about borders).
     */
    private static BitSet core(Sentence s, Token verb, Token clause) {
        BitSet core = new BitSet();
        for (Token head : List.of(verb, clause)) {
            core.set(head.index());
            for (Token c : s.children(head.index())) {
                if (c.relation().equals("obj") || c.baseRelation().equals("obl") || c.relation().equals("nsubj:pass")) {
                    core.set(c.index());
                    s.children(c.index(), "compound").forEach(k -> core.set(k.index()));
                }
            }
        }
        return core;
    }

    /** "keep supplying", "keep helping" (however attached): the verb continues under its governor. */
    private boolean continued(Sentence s, Token verb) {
        return verb.head() >= 0 && (verb.relation().equals("xcomp") || verb.relation().equals("dep"))
                && continuative.contains(s.token(verb.head()).lemma());
    }

    /** The speaker asserts the verb's clause: a main clause, reported speech, or "keep doing". */
    private boolean asserted(Sentence s, Token verb) {
        if (s.children(verb.index(), "mark").stream().anyMatch(m -> questionMarks.contains(m.lemma()))) {
            // "was asked whether Greece would send troops": a question, not an answer.
            return false;
        }
        if (verb.head() < 0) {
            return true;
        }
        String governor = s.token(verb.head()).lemma();
        return switch (verb.relation()) {
            case "ccomp", "parataxis" -> speechVerbs.contains(governor) && !governor.equals("ask");
            case "xcomp", "dep" -> continuative.contains(governor);
            case "conj" -> asserted(s, s.token(verb.head()));
            case "advcl" -> s.children(verb.index(), "mark").isEmpty() && speechVerbs.contains(governor);
            default -> false;
        };
    }
}
