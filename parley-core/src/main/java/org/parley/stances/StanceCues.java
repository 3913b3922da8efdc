package org.parley.stances;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.parley.data.TsvTable;
import org.parley.model.Polarity;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** The stance cues of {@code cues.tsv}, looked up by word class and lemma. Immutable. */
final class StanceCues {

    public static final String RESOURCE = "parley/stances/cues.tsv";

    private final Map<String, Cue> cues;

    StanceCues(TsvTable table) {
        Map<String, Cue> m = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String polarity = row.require("polarity").toUpperCase(Locale.ROOT);
            String negated = row.get("negated");
            Cue c = new Cue(row.require("id"), row.require("lemma").toLowerCase(Locale.ROOT),
                    Cue.Kind.valueOf(row.require("pos").toUpperCase(Locale.ROOT)),
                    polarity.equals("NONE") ? null : Polarity.valueOf(polarity),
                    Double.parseDouble(row.require("strength")),
                    negated == null ? null : Polarity.valueOf(negated.toUpperCase(Locale.ROOT)));
            m.put(key(c.kind(), c.lemma()), c);
        }
        this.cues = Map.copyOf(m);
    }

    /** The cue the word is, or null: by its class and lemma, a participle also as an adjective ("opposed to"). */
    Cue.On find(Sentence s, Token t) {
        Cue.Kind kind = t.isNoun() ? Cue.Kind.NOUN : t.isAdjective() ? Cue.Kind.ADJ : t.isVerb() ? Cue.Kind.VERB : null;
        if (kind == null) {
            return null;
        }
        Cue cue = cues.get(key(kind, t.lemma()));
        if (cue == null && t.pos().equals("VBN")) {
            // Participles used as adjectives: "prepared to", "opposed to", "committed to".
            cue = cues.get(key(Cue.Kind.ADJ, t.text().toLowerCase(Locale.ROOT)));
        }
        if (cue == null) {
            return null;
        }
        if (cue.id().equals("cue.rule-out") && s.child(t.index(), "compound:prt").filter(p -> p.lemma().equals("out")).isEmpty()) {
            return null;
        }
        return new Cue.On(t, cue);
    }

    private static String key(Cue.Kind kind, String lemma) {
        return kind + ":" + lemma;
    }
}
