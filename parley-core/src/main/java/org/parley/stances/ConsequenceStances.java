package org.parley.stances;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.actors.DocumentMentions;
import org.parley.data.TsvTable;
import org.parley.data.WordLists;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;

/**
 * Stances framed as consequences and existentials, held by whoever asserts the clause:
 * <ul>
 * <li>a proposal said to do harm is opposed ("such a step would drag Europe into the war",
 *     see {@code consequences.tsv});</li>
 * <li>"there will be no American boots on the ground" opposes what it rules out.</li>
 * </ul>
 * The holder is the speaker of the quote the clause stands in, else the subject of the
 * speech verb it is reported by.
 */
final class ConsequenceStances implements StanceReading {

    public static final String RESOURCE = "parley/stances/consequences.tsv";

    private record Harm(String id, Set<String> objects) {
    }

    private final Map<String, Harm> harms;
    private final Propositions propositions;
    /** Auxiliaries that make an existential a commitment about the future ("there will be no ..."). */
    private final Set<String> prospective;

    ConsequenceStances(TsvTable table, Propositions propositions, WordLists words) {
        this.prospective = words.get("stances.prospective-auxiliaries");
        Map<String, Harm> m = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            m.put(row.require("lemma").toLowerCase(Locale.ROOT), new Harm(row.require("id"), Set.copyOf(row.list("objects"))));
        }
        this.harms = Map.copyOf(m);
        this.propositions = propositions;
    }

    @Override
    public boolean read(Token t, SentenceStances at) {
        Sentence s = at.sentence();
        Token proposition = null;
        String rule = null;
        final Polarity polarity = Polarity.OPPOSE;
        Harm harm = t.isVerb() ? harms.get(t.lemma()) : null;
        if (harm != null && harmful(s, t, harm)) {
            proposition = s.child(t.index(), "nsubj").or(() -> s.child(t.index(), "nsubj:pass"))
                    .filter(p -> p.isNoun() || p.isPronoun()).orElse(null);
            rule = harm.id();
            if (s.isNegated(t)) {
                // "would not hurt anyone" defends a step without quite endorsing it: no reading.
                return false;
            }
        } else if (s.child(t.index(), "expl").isPresent() && prospective(s, t)) {
            // "there will be no boots ...": the subject of "be", or the noun itself when parsed as the predicate.
            proposition = (t.isNoun() ? Optional.of(t) : s.child(t.index(), "nsubj"))
                    .filter(p -> s.children(p.index(), "det").stream().anyMatch(d -> d.lemma().equals("no")))
                    .orElse(null);
            rule = "stance.existential.no";
        }
        if (proposition == null) {
            return false;
        }
        Mention holder = holderOf(s, t, at.mentions(), at.quotes());
        if (holder == null || holder.actor().country() == null) {
            return false;
        }
        BitSet words = propositions.words(s, proposition);
        Issue issue = propositions.issueOf(s, proposition, words, at.history(), holder.actor().country());
        if (issue.key().startsWith("topic:")) {
            return false;
        }
        at.take(new Stance(holder, issue, polarity, 0.6, at.evidence(t, words, rule)));
        return true;
    }

    private static boolean harmful(Sentence s, Token verb, Harm harm) {
        if (harm.objects().contains("*")) {
            return true;
        }
        for (Token c : s.children(verb.index())) {
            if (c.relation().equals("obj") || c.baseRelation().equals("obl") || c.relation().equals("xcomp")) {
                BitSet phrase = s.subtree(c.index());
                for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
                    if (harm.objects().contains(s.token(i).lemma())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean prospective(Sentence s, Token be) {
        return s.children(be.index(), "aux").stream().anyMatch(a -> prospective.contains(a.lemma())
                || prospective.contains(a.text().toLowerCase(Locale.ROOT)));
    }

    /** The speaker of the enclosing quote, else the subject of the speech verb reporting the clause. */
    private static Mention holderOf(Sentence s, Token t, DocumentMentions mentions, QuoteHolders quotes) {
        Mention quoted = quotes.speakerOf(s, t);
        if (quoted != null) {
            return quoted;
        }
        List<Mention> above = Holders.speakerAbove(s, t, mentions);
        return above.isEmpty() ? null : above.get(0);
    }
}
