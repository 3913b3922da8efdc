package org.parley.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A confusion matrix: gold type (rows) by system type (columns), counted over aligned pairs.
 * {@link #NONE} stands for "no item": a gold item the system missed has it as its column, a
 * system item with no gold counterpart as its row.
 */
public final class Confusion {

    public static final String NONE = "-";

    private final Map<String, Map<String, Integer>> cells;

    private Confusion(Map<String, Map<String, Integer>> cells) {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        cells.forEach((row, cols) -> copy.put(row, Collections.unmodifiableMap(new TreeMap<>(cols))));
        this.cells = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The count of pairs with this gold and system type. */
    public int count(String gold, String system) {
        return cells.getOrDefault(gold, Map.of()).getOrDefault(system, 0);
    }

    /** Gold types in name order, {@link #NONE} last. */
    public List<String> rows() {
        return ordered(cells.keySet());
    }

    /** System types in name order, {@link #NONE} last. */
    public List<String> columns() {
        TreeSet<String> cols = new TreeSet<>();
        cells.values().forEach(c -> cols.addAll(c.keySet()));
        return ordered(cols);
    }

    private static List<String> ordered(java.util.Collection<String> types) {
        List<String> out = new ArrayList<>(new TreeSet<>(types));
        if (out.remove(NONE)) {
            out.add(NONE);
        }
        return out;
    }

    /** Collects pairs. */
    public static final class Builder {
        private final Map<String, Map<String, Integer>> cells = new HashMap<>();

        public Builder add(String gold, String system) {
            cells.computeIfAbsent(gold, k -> new HashMap<>()).merge(system, 1, Integer::sum);
            return this;
        }

        public Confusion build() {
            return new Confusion(cells);
        }
    }
}
