package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Dates of events from the words of their clause, relative to the publication date: weekday
 * names ("on Tuesday": the latest such day on or before publication), "today", "yesterday",
 * explicit dates ("24 February 2022", "February 24, 2022"), and for background events of
 * earlier months and years, the month or year ("in February 2022", "in 2011") as its first day. Wire copy reports the past,
 * so weekdays resolve backwards.
 */
public final class DateResolver {

    private DateResolver() {
    }

    /**
     * The date the given tokens point to, or empty when they name none.
     *
     * @param tokens the predicate's temporal dependents and their words
     */
    public static Optional<LocalDate> resolve(Sentence s, List<Token> tokens, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        for (Token t : tokens) {
            String w = t.text().toLowerCase(Locale.ROOT);
            switch (w) {
                case "today", "tonight" -> {
                    return Optional.of(published);
                }
                case "yesterday" -> {
                    return Optional.of(published.minusDays(1));
                }
                default -> {
                }
            }
            DayOfWeek day = weekday(w);
            if (day != null) {
                return Optional.of(published.with(TemporalAdjusters.previousOrSame(day)));
            }
            Month month = month(w);
            if (month != null) {
                Optional<LocalDate> d = explicit(s, t, month);
                if (d.isPresent()) {
                    return d;
                }
                Optional<LocalDate> m = monthOfYear(s, t, month, published);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        for (Token t : tokens) {
            Optional<LocalDate> y = bareYear(s, t, published);
            if (y.isPresent()) {
                return y;
            }
        }
        return Optional.empty();
    }

    /**
     * "in February 2022": a month of an earlier year or month, dated to its first day; the
     * publication's own month keeps the publication date.
     */
    private static Optional<LocalDate> monthOfYear(Sentence s, Token monthToken, Month month, LocalDate published) {
        int i = monthToken.index();
        if (i + 1 >= s.size() || !YEAR.matcher(s.token(i + 1).text()).matches()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(Integer.parseInt(s.token(i + 1).text()), month, 1);
        return Optional.of(first.isBefore(published.withDayOfMonth(1)) ? first : published);
    }

    /**
     * "killed in 2011": a background event of an earlier year, dated to the year's first day
     * (year precision); the publication's year keeps the publication date. "since 2011" and
     * "until 2030" say how long, not when.
     */
    private static Optional<LocalDate> bareYear(Sentence s, Token t, LocalDate published) {
        if (!YEAR.matcher(t.text()).matches() || !t.baseRelation().equals("obl")) {
            return Optional.empty();
        }
        String prep = s.caseOf(t);
        if (prep == null || !(prep.equals("in") || prep.equals("during"))) {
            return Optional.empty();
        }
        int year = Integer.parseInt(t.text());
        return year < published.getYear() ? Optional.of(LocalDate.of(year, 1, 1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    /** "24 February 2022" or "February 24, 2022" around a month token. */
    private static Optional<LocalDate> explicit(Sentence s, Token monthToken, Month month) {
        int i = monthToken.index();
        Integer day = null;
        Integer year = null;
        if (i > 0 && DAY.matcher(s.token(i - 1).text()).matches()) {
            day = Integer.parseInt(s.token(i - 1).text());
        } else if (i + 1 < s.size() && DAY.matcher(s.token(i + 1).text()).matches()) {
            day = Integer.parseInt(s.token(i + 1).text());
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
            if (YEAR.matcher(s.token(j).text()).matches()) {
                year = Integer.parseInt(s.token(j).text());
                break;
            }
        }
        if (day == null || year == null || day < 1 || day > month.length(year % 4 == 0)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static final DayOfWeek[] WEEKDAYS = DayOfWeek.values();
    private static final Month[] MONTHS = Month.values();
    /** Lower-case names, computed once: every temporal word of every coded event is compared with them. */
    private static final String[] WEEKDAY_NAMES = lowerNames(WEEKDAYS);
    private static final String[] MONTH_NAMES = lowerNames(MONTHS);

    private static String[] lowerNames(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name().toLowerCase(Locale.ROOT);
        }
        return names;
    }

    private static DayOfWeek weekday(String w) {
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAY_NAMES[i].equals(w)) {
                return WEEKDAYS[i];
            }
        }
        return null;
    }

    /** Full month names, and three-letter abbreviations with a period ("Feb."). */
    private static Month month(String w) {
        boolean abbreviated = w.endsWith(".");
        String x = abbreviated ? w.substring(0, w.length() - 1) : w;
        for (int i = 0; i < MONTHS.length; i++) {
            String name = MONTH_NAMES[i];
            if (name.equals(x) || abbreviated && x.length() == 3 && name.startsWith(x)) {
                return MONTHS[i];
            }
        }
        return null;
    }
}
