package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.parley.store.testing.StoreFixtures;

/**
 * The queries the REST API reads, on a store filled from the example article and our own
 * documents, on DuckDB and (when configured) PostgreSQL, through a {@link ReadPool}: pages cover
 * everything once, event filters take any text as data, spans point into the stored text,
 * aggregates agree with the rows they count.
 */
class ApiQueriesTest {

    @TempDir
    static Path dir;

    /** One filled store per backend for the whole class: these tests only read. */
    private static final Map<String, String> STORES = new HashMap<>();

    static java.util.stream.Stream<String> backends() {
        return StoreFixtures.backends();
    }

    private static ReadPool open(String backend) {
        return ReadPool.open(STORES.computeIfAbsent(backend, b -> StoreFixtures.filled(b, dir)), 2);
    }

    private static EventQuery events(String actor, String cameo, String text) {
        return new EventQuery(actor, null, null, cameo, null, null, null, null, text, 1);
    }

    /** Every row of a keyset-paged query, {@code size} at a time. */
    static <T> List<T> all(Function<Page, List<T>> query, Function<T, List<Object>> cursor, int size) {
        List<T> out = new ArrayList<>();
        List<Object> after = null;
        for (int pages = 0; pages < 1000; pages++) {
            List<T> page = query.apply(new Page(size, after));
            out.addAll(page);
            if (page.size() < size) {
                return out;
            }
            after = cursor.apply(page.get(page.size() - 1));
        }
        throw new AssertionError("paging does not end");
    }

    private static List<EventRow> allEvents(ReadPool pool, Where filter, int size) {
        return all(p -> pool.read(db -> new EventQueries(db).find(filter, p)), EventQueries::cursor, size);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyPagedListCoversEveryRowOnce(String backend) {
        try (ReadPool pool = open(backend)) {
            List<EventRow> rows = allEvents(pool, new Where(), 3);
            assertEquals(pool.read(db -> new StatsQueries(db).stats()).events(), rows.size());
            assertEquals(rows.size(), new HashSet<>(rows).size(), "no event on two pages");
            List<StanceStatementQueries.StanceItem> stances = all(p -> pool.read(db -> new StanceStatementQueries(db)
                    .find(new Where(), p)), StanceStatementQueries::cursor, 2);
            assertEquals(pool.read(db -> new StatsQueries(db).stats()).stances(), stances.size());
            assertEquals(stances.size(), new HashSet<>(stances).size());
            List<NetworkQueries.Edge> edges = all(p -> pool.read(db -> new NetworkQueries(db).find(new Where(), p)),
                    NetworkQueries::cursor, 2);
            assertEquals(edges.size(), new HashSet<>(edges).size());
            assertEquals(pool.read(db -> new NetworkQueries(db).find(new Where(), Page.first(1000))), edges);
            List<ActorActivityQueries.ActorItem> actors = all(p -> pool.read(db -> new ActorActivityQueries(db)
                    .find(new Where(), null, p)), ActorActivityQueries::cursor, 2);
            assertEquals(pool.read(db -> new ActorActivityQueries(db).find(new Where(), null, Page.first(1000))), actors);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void eventFiltersNarrowAndTakeAnyTextAsData(String backend) {
        try (ReadPool pool = open(backend)) {
            long all = allEvents(pool, new Where(), 100).size();
            List<EventRow> rus = allEvents(pool, EventQueries.onEvents(events("RUS", null, null)), 100);
            assertFalse(rus.isEmpty());
            assertTrue(rus.size() < all);
            for (String attack : List.of("' OR '1'='1", "%", "_", "RUS'; DROP TABLE events; --", "\\", "!")) {
                assertTrue(allEvents(pool, EventQueries.onEvents(events(attack, null, null)), 100).isEmpty(), attack);
                assertTrue(allEvents(pool, EventQueries.onEvents(events(null, null, attack)), 100).isEmpty(), attack);
            }
            List<EventRow> ceasefire = allEvents(pool, EventQueries.onEvents(events(null, null, "CEASEFIRE")), 100);
            assertFalse(ceasefire.isEmpty());
            assertEquals(all, pool.read(db -> new StatsQueries(db).stats()).events(), "the tables are intact");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void reportsAndDocumentFactsPointIntoTheStoredText(String backend) {
        try (ReadPool pool = open(backend)) {
            Map<String, String> texts = new HashMap<>();
            int triggers = 0;
            for (EventRow r : allEvents(pool, new Where(), 100)) {
                EventReportQueries.Detail d = pool.read(db -> new EventReportQueries(db).byId(r.eventId())).orElseThrow();
                assertEquals(r.mentions(), d.reports().size());
                for (EventReportQueries.Report rep : d.reports()) {
                    String text = texts.computeIfAbsent(rep.docId(),
                            id -> pool.read(db -> new DocumentViewQueries(db).byId(id)).orElseThrow().text());
                    assertTrue(rep.begin() < rep.end() && rep.end() <= text.length());
                    if (rep.triggerBegin() != null) {
                        assertEquals(rep.trigger(), text.substring(rep.triggerBegin(), rep.triggerEnd()));
                        triggers++;
                    }
                }
            }
            assertTrue(triggers > 0, "triggers are stored with their offsets");
            DocumentViewQueries.DocumentView jeddah = pool.read(db -> new DocumentViewQueries(db)
                    .byId("jeddah-talks-2025-03-11")).orElseThrow();
            assertEquals(jeddah, pool.read(db -> new DocumentViewQueries(db).byId(jeddah.id())).orElseThrow(),
                    "by content hash or by own id");
            Set<String> kinds = new HashSet<>();
            DocumentViewQueries.Fact lavrov = null;
            for (DocumentViewQueries.Fact f : jeddah.facts()) {
                kinds.add(f.kind());
                if (f.kind().equals("quote") && "Sergei Lavrov".equals(f.detail())) {
                    lavrov = f;
                }
            }
            assertEquals(Set.of("actor", "event", "quote", "stance"), kinds);
            assertNotNull(lavrov, "Lavrov's quote has its span");
            assertEquals("unacceptable.", jeddah.text().substring(lavrov.begin(), lavrov.end()));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aggregatesAgreeWithTheRowsTheyCount(String backend) {
        try (ReadPool pool = open(backend)) {
            List<EventRow> events = allEvents(pool, new Where(), 100);
            long dated = events.stream().filter(e -> e.date() != null).count();
            List<TimelineQueries.Bucket> days = pool.read(db -> new TimelineQueries(db).find(new Where(), false));
            List<TimelineQueries.Bucket> weeks = pool.read(db -> new TimelineQueries(db).find(new Where(), true));
            assertTrue(days.size() > 1);
            assertEquals(dated, days.stream().mapToLong(TimelineQueries.Bucket::events).sum());
            assertEquals(dated, weeks.stream().mapToLong(TimelineQueries.Bucket::events).sum());
            weeks.forEach(w -> assertEquals(DayOfWeek.MONDAY, w.period().getDayOfWeek()));

            List<NetworkQueries.Edge> edges = pool.read(db -> new NetworkQueries(db).find(new Where(), Page.first(1000)));
            for (NetworkQueries.Edge e : edges) {
                assertEquals(events.stream().filter(r -> e.source().equals(r.sourceCode()) && e.target().equals(r.targetCode()))
                        .count(), e.events(), e.toString());
            }
            assertTrue(edges.stream().anyMatch(e -> e.source().equals("FRAGOV") && e.target().equals("RUSGOV")),
                    "Macron urged Moscow: " + edges);
            for (ActorActivityQueries.ActorItem a : pool.read(db -> new ActorActivityQueries(db).find(new Where(), null,
                    Page.first(1000)))) {
                long n = events.stream().filter(r -> a.code().equals(r.sourceCode())).count()
                        + events.stream().filter(r -> a.code().equals(r.targetCode())).count();
                assertEquals(n, a.events(), a.code());
                assertTrue(!a.firstSeen().isAfter(a.lastSeen()));
            }

            long stances = pool.read(db -> new StatsQueries(db).stats()).stances();
            List<StanceStatementQueries.Cell> byMonth = pool.read(db -> new StanceStatementQueries(db).matrix(new Where(), true));
            assertEquals(stances, byMonth.stream().mapToLong(c -> c.support() + c.oppose() + c.conditional() + c.undecided()).sum());
            StanceStatementQueries.Cell russia = pool.read(db -> new StanceStatementQueries(db).matrix(new Where(), false))
                    .stream().filter(c -> c.holder().equals("RUSGOV") && c.issue().equals("ceasefire")).findFirst().orElseThrow();
            assertEquals("oppose", russia.latest(), "Lavrov rejected any ceasefire");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void changesCompareTheLastWeekWithTheFourBefore(String backend) {
        try (ReadPool pool = open(backend)) {
            ChangeQueries.Changes c = pool.read(db -> new ChangeQueries(db).changes(events(null, null, null), null, null, 20));
            assertEquals(pool.read(db -> new StatsQueries(db).stats()).lastEvent(), c.asOf());
            assertEquals(c.asOf().minusDays(6), c.recentFrom());
            assertFalse(c.dyads().isEmpty());
            for (ChangeQueries.Move m : c.dyads()) {
                assertTrue(m.recent() > 0 || m.baselinePerWeek() > 0, m.toString());
            }
            for (ChangeQueries.Flip f : c.flips()) {
                assertFalse(f.before().equals(f.now()));
                assertTrue(f.beforeDate().isBefore(c.recentFrom()) && !f.nowDate().isBefore(c.recentFrom()));
            }
            LocalDate asOf = LocalDate.of(2025, 3, 11);
            assertEquals(asOf.minusDays(34), pool.read(db -> new ChangeQueries(db).changes(events(null, null, null), null,
                    asOf, 5)).baselineFrom());
        }
    }
}
