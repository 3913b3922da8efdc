package org.parley.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tags each gold event the system did not match on type and dyad, and each system event that
 * no gold event accounts for.
 *
 * <ul>
 *   <li>{@link ErrorTag#SILENT}: the record has no system event;</li>
 *   <li>{@link ErrorTag#WRONG_TYPE}: it has system events, none of this type;</li>
 *   <li>otherwise the system event of this type whose sides agree best (the first of equals)
 *       is compared side by side: {@link ErrorTag#WRONG_SIDE} when its source and target are
 *       the gold ones swapped, or when a side it does give names other countries;
 *       {@link ErrorTag#MISSING_SOURCE} (checked first) or {@link ErrorTag#MISSING_TARGET}
 *       when the side gold names has no country in the system event (no actor, or only
 *       actors of unknown country, {@code ---});</li>
 *   <li>{@link ErrorTag#SPURIOUS}: a system event whose type no gold event of its record has,
 *       in a record where no gold event is already reported as of the wrong type.</li>
 * </ul>
 */
final class EventErrors {

    private EventErrors() {
    }

    static List<EvalError> of(EventRecord rec) {
        List<EvalError> out = new ArrayList<>();
        boolean wrongType = false;
        for (CodedEvent g : rec.gold()) {
            if (rec.system().stream().anyMatch(s -> s.dyadMatches(g))) {
                continue;
            }
            if (rec.system().isEmpty()) {
                out.add(error(rec, ErrorTag.SILENT, g, List.of()));
                continue;
            }
            List<CodedEvent> sameType = rec.system().stream().filter(s -> s.type().equals(g.type())).toList();
            if (sameType.isEmpty()) {
                wrongType = true;
                out.add(error(rec, ErrorTag.WRONG_TYPE, g, rec.system()));
                continue;
            }
            CodedEvent best = sameType.get(0);
            for (CodedEvent s : sameType) {
                if (agreeing(g, s) > agreeing(g, best)) {
                    best = s;
                }
            }
            out.add(error(rec, sideTag(g, best), g, List.of(best)));
        }
        if (!wrongType) {
            Set<String> goldTypes = rec.gold().stream().map(CodedEvent::type).collect(Collectors.toSet());
            for (CodedEvent s : rec.system()) {
                if (!goldTypes.contains(s.type())) {
                    out.add(new EvalError(rec.id(), ErrorTag.SPURIOUS,
                            rec.gold().isEmpty() ? "no event" : "no event of this type", s.label(), rec.text()));
                }
            }
        }
        return out;
    }

    private static int agreeing(CodedEvent g, CodedEvent s) {
        return (ActorKeys.agree(g.source(), s.source()) ? 1 : 0) + (ActorKeys.agree(g.target(), s.target()) ? 1 : 0);
    }

    /** The tag for a system event of the right type whose sides do not both agree. */
    static ErrorTag sideTag(CodedEvent g, CodedEvent s) {
        boolean sourceOk = ActorKeys.agree(g.source(), s.source());
        boolean targetOk = ActorKeys.agree(g.target(), s.target());
        boolean swapped = !g.source().isEmpty() && !g.target().isEmpty()
                && !Collections.disjoint(g.source(), s.target()) && !Collections.disjoint(g.target(), s.source());
        if (swapped || !sourceOk && namesCountry(s.source()) || !targetOk && namesCountry(s.target())) {
            return ErrorTag.WRONG_SIDE;
        }
        return sourceOk ? ErrorTag.MISSING_TARGET : ErrorTag.MISSING_SOURCE;
    }

    /** A system side with no key, or only the unknown country {@code ---}, is a missing side. */
    private static boolean namesCountry(Set<String> side) {
        return side.stream().anyMatch(k -> !k.equals("---"));
    }

    private static EvalError error(EventRecord rec, ErrorTag tag, CodedEvent gold, List<CodedEvent> system) {
        String got = system.isEmpty() ? "no event"
                : system.stream().map(CodedEvent::label).collect(Collectors.joining("; "));
        return new EvalError(rec.id(), tag, gold.label(), got, rec.text());
    }
}
