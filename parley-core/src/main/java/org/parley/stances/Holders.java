package org.parley.stances;

import java.util.List;

import org.parley.actors.DocumentMentions;
import org.parley.actors.ClauseActors;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Finding who holds a stance stated in a clause that does not name its holder. */
final class Holders {

    private Holders() {
    }

    /** The subject of the speech verb whose complement contains the word. */
    static List<Mention> speakerAbove(Sentence s, Token t, DocumentMentions mentions) {
        Token cur = t;
        for (int guard = 0; guard < 4 && cur.head() >= 0; guard++) {
            Token gov = s.token(cur.head());
            if (gov.isVerb() && (cur.relation().equals("ccomp") || cur.relation().equals("xcomp"))) {
                return ClauseActors.subjectOf(s, gov, mentions, 0);
            }
            cur = gov;
        }
        return List.of();
    }
}
