package org.parley.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one scoring run found. {@code figures} holds the reference scorer's figures under its
 * key names and in its order (integers, and shares rounded to four decimals or null); the
 * rest explains them.
 */
public record EvalReport(String measure, Map<String, Object> figures, List<TypeRow> types, Confusion confusion,
                         List<EvalError> errors) {

    public EvalReport {
        Objects.requireNonNull(measure, "measure");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        types = List.copyOf(types);
        Objects.requireNonNull(confusion, "confusion");
        errors = List.copyOf(errors);
    }

    /** How many errors carry each tag, in tag order; tags with none are left out. */
    public Map<ErrorTag, Integer> errorCounts() {
        Map<ErrorTag, Integer> counts = new java.util.EnumMap<>(ErrorTag.class);
        for (EvalError e : errors) {
            counts.merge(e.tag(), 1, Integer::sum);
        }
        return counts;
    }
}
