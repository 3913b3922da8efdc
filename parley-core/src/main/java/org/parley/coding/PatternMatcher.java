package org.parley.coding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parley.model.Token;

/**
 * Picks the most specific pattern a predicate's frame satisfies. A particle must agree; an
 * object list must match the object (or, without a direct object, a prepositional object); a
 * pattern that names prepositions needs one of them present unless its object list matched
 * the direct object ("imposed sanctions" without "on X"). Ties go to the first in the file.
 */
final class PatternMatcher {

    private PatternMatcher() {
    }

    static Pattern best(List<Pattern> candidates, Frame f) {
        return best(candidates, f, false);
    }

    /**
     * {@link #best(List, Frame)}, where {@code prepsOptional} lets a pattern's prepositions be
     * absent: an eventive noun that a light verb carries takes its parties from the verb
     * ("Israel and Lebanon renewed negotiations").
     */
    static Pattern best(List<Pattern> candidates, Frame f, boolean prepsOptional) {
        Pattern best = null;
        int bestScore = -1;
        for (Pattern p : candidates) {
            if (!Objects.equals(p.particle(), f.particle())) {
                continue;
            }
            int score = p.particle() != null ? 2 : 0;
            boolean objectMatched = false;
            if (!p.objects().isEmpty()) {
                if (!objectMatches(p, f)) {
                    continue;
                }
                objectMatched = anyIn(f.objectLemmas(), p.objects());
                score += 4;
                if (compoundIn(f.objectLemmas(), p.objects())) {
                    // "staged a general strike": the compound names the object more exactly than its head.
                    score += 1;
                }
            }
            if (!p.preps().isEmpty()) {
                boolean present = anyKey(p.preps(), f.preps());
                if (!present && !objectMatched && !prepsOptional) {
                    continue;
                }
                score += present ? 1 : 0;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean objectMatches(Pattern p, Frame f) {
        if (anyIn(f.objectLemmas(), p.objects())) {
            return true;
        }
        // "engaged Filipino peacekeepers in a firefight": the prepositional phrase names the act,
        // the direct object is whom it is done to.
        for (String prep : p.preps()) {
            for (Token t : f.preps().getOrDefault(prep, List.of())) {
                if (p.objects().contains(t.lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some element of {@code items} is in {@code set}; a loop, since best() runs for every predicate. */
    private static boolean anyIn(Set<String> items, Set<String> set) {
        for (String item : items) {
            if (set.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** True when a compound lemma ("general-strike") of {@code items} is in {@code set}. */
    private static boolean compoundIn(Set<String> items, Set<String> set) {
        for (String item : items) {
            if (item.indexOf('-') > 0 && set.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyKey(Set<String> keys, Map<String, ?> map) {
        for (String key : keys) {
            if (map.containsKey(key)) {
                return true;
            }
        }
        return false;
    }
}
