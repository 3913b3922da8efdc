package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the per-type table: each gold item (found or not) and each system item (right or not) under its type. */
final class TypeTable {

    private final Map<String, int[]> counts = new TreeMap<>();

    void gold(String type, boolean found) {
        int[] n = counts.computeIfAbsent(type, t -> new int[4]);
        n[0]++;
        n[2] += found ? 1 : 0;
    }

    void system(String type, boolean right) {
        int[] n = counts.computeIfAbsent(type, t -> new int[4]);
        n[1]++;
        n[3] += right ? 1 : 0;
    }

    /** The rows, most gold items first, then by type name; {@code without} types are left out. */
    List<TypeRow> rows(String... without) {
        List<TypeRow> rows = new ArrayList<>();
        counts.forEach((type, n) -> {
            if (!List.of(without).contains(type)) {
                rows.add(new TypeRow(type, n[0], n[1], n[2], n[3]));
            }
        });
        rows.sort(Comparator.comparingInt(TypeRow::gold).reversed().thenComparing(TypeRow::type));
        return rows;
    }
}
