package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores events record by record, as the reference event scorer does.
 *
 * <ul>
 *   <li>type: a gold event is found when its record has a system event of its type; a system
 *       event is right when its record has a gold event of its type;</li>
 *   <li>dyad: the same, and each gold side that names countries shares one with the system
 *       side (an empty gold side agrees with anything);</li>
 *   <li>recall divides by the gold events, precision by the system events (0 when there are
 *       none); {@code silent_records} counts records with gold events and no system event.</li>
 * </ul>
 *
 * The confusion matrix pairs, within each record, gold and system events of the same type
 * first, then the remaining ones in order; what is left over pairs with {@link Confusion#NONE}.
 */
public final class EventScorer {

    public EvalReport score(List<EventRecord> records, EventMode mode) {
        int goldEvents = 0;
        int systemEvents = 0;
        int silent = 0;
        int typeFound = 0;
        int dyadFound = 0;
        int typeRight = 0;
        int dyadRight = 0;
        TypeTable types = new TypeTable();
        Confusion.Builder confusion = Confusion.builder();
        List<EvalError> errors = new ArrayList<>();
        for (EventRecord rec : records) {
            goldEvents += rec.gold().size();
            systemEvents += rec.system().size();
            if (!rec.gold().isEmpty() && rec.system().isEmpty()) {
                silent++;
            }
            for (CodedEvent g : rec.gold()) {
                boolean found = rec.system().stream().anyMatch(s -> s.type().equals(g.type()));
                typeFound += found ? 1 : 0;
                dyadFound += rec.system().stream().anyMatch(s -> s.dyadMatches(g)) ? 1 : 0;
                types.gold(g.type(), found);
            }
            for (CodedEvent s : rec.system()) {
                boolean right = rec.gold().stream().anyMatch(g -> g.type().equals(s.type()));
                typeRight += right ? 1 : 0;
                dyadRight += rec.gold().stream().anyMatch(s::dyadMatches) ? 1 : 0;
                types.system(s.type(), right);
            }
            align(rec, confusion);
            errors.addAll(EventErrors.of(rec));
        }
        double typeP = new Rate(typeRight, systemEvents).orZero();
        double typeR = new Rate(typeFound, goldEvents).orZero();
        double dyadP = new Rate(dyadRight, systemEvents).orZero();
        double dyadR = new Rate(dyadFound, goldEvents).orZero();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("records", records.size());
        figures.put("gold_events", goldEvents);
        figures.put("system_events", systemEvents);
        figures.put("silent_records", silent);
        figures.put("type_precision", Rate.round(typeP));
        figures.put("type_recall", Rate.round(typeR));
        figures.put("type_f1", Rate.round(Rate.f1(typeP, typeR)));
        figures.put("dyad_precision", Rate.round(dyadP));
        figures.put("dyad_recall", Rate.round(dyadR));
        figures.put("dyad_f1", Rate.round(Rate.f1(dyadP, dyadR)));
        return new EvalReport("events (" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")", figures, types.rows(),
                confusion.build(), errors);
    }

    /** Pairs one record's gold and system events for the confusion matrix. */
    static void align(EventRecord rec, Confusion.Builder confusion) {
        List<CodedEvent> left = new ArrayList<>(rec.system());
        List<CodedEvent> unpaired = new ArrayList<>();
        for (CodedEvent g : rec.gold()) {
            CodedEvent same = left.stream().filter(s -> s.type().equals(g.type())).findFirst().orElse(null);
            if (same != null) {
                left.remove(same);
                confusion.add(g.type(), same.type());
            } else {
                unpaired.add(g);
            }
        }
        for (CodedEvent g : unpaired) {
            confusion.add(g.type(), left.isEmpty() ? Confusion.NONE : left.remove(0).type());
        }
        for (CodedEvent s : left) {
            confusion.add(Confusion.NONE, s.type());
        }
    }
}
