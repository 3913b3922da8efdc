package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Mention;

/** The actor mentions of one document, indexed by sentence and head token. */
public final class DocumentMentions {

    private final List<Mention> all;
    private final Map<Long, List<Mention>> byHead = new HashMap<>();
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();

    public DocumentMentions(List<Mention> mentions) {
        this.all = List.copyOf(mentions);
        for (Mention m : all) {
            byHead.computeIfAbsent(key(m.sentenceIndex(), m.head()), k -> new ArrayList<>(1)).add(m);
            bySentence.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m);
        }
    }

    /** The mentions of one sentence, in order. */
    public List<Mention> inSentence(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    public List<Mention> all() {
        return all;
    }

    /** Mentions whose head is the given token; empty when it names no actor. */
    public List<Mention> at(int sentence, int head) {
        return byHead.getOrDefault(key(sentence, head), List.of());
    }

    private static long key(int sentence, int head) {
        return ((long) sentence << 32) | (head & 0xffffffffL);
    }
}
