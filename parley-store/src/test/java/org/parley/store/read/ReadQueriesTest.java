package org.parley.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.parley.store.EventRow;
import org.parley.store.testing.StoreFixtures;

/**
 * The read side on a store filled from the example article and our own documents, on DuckDB and
 * (when configured) PostgreSQL: pages cover everything once, filters narrow and take any text as
 * data, spans point into the stored text, aggregates agree with the rows they count.
 */
class ReadQueriesTest {

    @TempDir
    static Path dir;

    /** One filled store per backend for the whole class: these tests only read. */
    private static final java.util.Map<String, String> STORES = new java.util.HashMap<>();

    static java.util.stream.Stream<String> backends() {
        return StoreFixtures.backends();
    }

    private static ReadPool open(String backend) {
        String location = STORES.computeIfAbsent(backend, b -> StoreFixtures.filled(b, dir));
        return ReadPool.open(location, 2);
    }

    private static final Filters ALL = Filters.NONE;

    private static List<EventRow> allEvents(EventReads reads, Filters f, int pageSize) {
        List<EventRow> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<EventRow> page = reads.page(f, pageSize, cursor);
            assertTrue(page.items().size() <= pageSize);
            out.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return out;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void pagesCoverEveryEventOnceNewestFirst(String backend) {
        try (ReadPool pool = open(backend)) {
            EventReads reads = new EventReads(pool);
            List<EventRow> rows = allEvents(reads, ALL, 3);
            StatsReads.Stats stats = new StatsReads(pool).stats();
            assertEquals(stats.events(), rows.size());
            assertEquals(rows.size(), rows.stream().map(EventRow::eventId).distinct().count(), "no event on two pages");
            for (int i = 1; i < rows.size(); i++) {
                LocalDate a = rows.get(i - 1).date();
                LocalDate b = rows.get(i).date();
                assertTrue(a == null ? b == null : b == null || !b.isAfter(a), "newest first: " + a + " then " + b);
            }
            assertEquals(rows, reads.page(ALL, 1000, null).items(), "paging changes nothing but the page size");
            assertThrows(IllegalArgumentException.class, () -> reads.page(ALL, 3, "bm90IGEgY3Vyc29y"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void filtersNarrowAndTakeAnyTextAsData(String backend) {
        try (ReadPool pool = open(backend)) {
            EventReads reads = new EventReads(pool);
            long all = allEvents(reads, ALL, 100).size();
            List<EventRow> rus = allEvents(reads, filter("RUS", null, null), 100);
            assertFalse(rus.isEmpty());
            assertTrue(rus.size() < all);
            for (EventRow r : rus) {
                assertTrue(side(r.sourceCode(), r.sourceCountry(), "RUS") || side(r.targetCode(), r.targetCountry(), "RUS"), r.toString());
            }
            List<EventRow> rejections = allEvents(reads, filter(null, "12", null), 100);
            assertFalse(rejections.isEmpty());
            rejections.forEach(r -> assertTrue(r.cameo().startsWith("12"), r.cameo()));
            for (String attack : List.of("' OR '1'='1", "%", "_", "RUS'; DROP TABLE events; --", "\\", "\" OR 1=1 --")) {
                assertTrue(allEvents(reads, filter(attack, null, null), 100).isEmpty(), attack);
                assertTrue(allEvents(reads, filter(null, null, attack), 100).isEmpty(), attack);
            }
            assertEquals(all, new StatsReads(pool).stats().events(), "the tables are intact");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void reportsAndDocumentFactsPointIntoTheStoredText(String backend) {
        try (ReadPool pool = open(backend)) {
            EventReads reads = new EventReads(pool);
            DocumentReads documents = new DocumentReads(pool);
            int triggers = 0;
            java.util.Map<String, String> texts = new java.util.HashMap<>();
            for (EventRow r : allEvents(reads, ALL, 100)) {
                EventReads.Detail d = reads.byId(r.eventId()).orElseThrow();
                assertEquals(r.mentions(), d.reports().size());
                for (EventReads.Report rep : d.reports()) {
                    String text = texts.computeIfAbsent(rep.docId(), id -> documents.byId(id).orElseThrow().text());
                    assertTrue(text.substring(rep.begin(), rep.end()).length() > 0);
                    if (rep.triggerBegin() != null) {
                        assertEquals(rep.trigger(), text.substring(rep.triggerBegin(), rep.triggerEnd()));
                        triggers++;
                    }
                }
            }
            assertTrue(triggers > 0, "triggers are stored with their offsets");
            assertTrue(reads.byId("no-such-event").isEmpty());
            DocumentReads.DocumentView jeddah = documents.byId("jeddah-talks-2025-03-11").orElseThrow();
            assertEquals(jeddah, documents.byId(jeddah.id()).orElseThrow(), "by content hash or by own id");
            Set<String> kinds = new HashSet<>();
            DocumentReads.Fact lavrov = null;
            for (DocumentReads.Fact f : jeddah.facts()) {
                kinds.add(f.kind());
                assertTrue(f.begin() < f.end() && f.end() <= jeddah.text().length());
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
            List<EventRow> events = allEvents(new EventReads(pool), ALL, 100);
            long dated = events.stream().filter(e -> e.date() != null).count();
            TimelineReads timeline = new TimelineReads(pool);
            List<TimelineReads.Bucket> days = timeline.timeline(ALL, false);
            List<TimelineReads.Bucket> weeks = timeline.timeline(ALL, true);
            assertTrue(days.size() > 1);
            assertEquals(dated, days.stream().mapToLong(TimelineReads.Bucket::events).sum());
            assertEquals(dated, weeks.stream().mapToLong(TimelineReads.Bucket::events).sum());
            weeks.forEach(w -> assertEquals(DayOfWeek.MONDAY, w.period().getDayOfWeek()));
            for (TimelineReads.Bucket b : days) {
                long[] q = b.quads();
                assertEquals(b.events(), q[0] + q[1] + q[2] + q[3]);
            }

            List<NetworkReads.Edge> edges = new NetworkReads(pool).page(ALL, 1000, null).items();
            for (NetworkReads.Edge e : edges) {
                assertEquals(events.stream().filter(r -> e.source().equals(r.sourceCode()) && e.target().equals(r.targetCode()))
                        .count(), e.events(), e.toString());
            }
            assertTrue(edges.stream().anyMatch(e -> e.source().equals("FRAGOV") && e.target().equals("RUSGOV")),
                    "Macron urged Moscow: " + edges);

            for (ActorReads.ActorItem a : new ActorReads(pool).page(ALL, 1000, null).items()) {
                long n = events.stream().filter(r -> a.code().equals(r.sourceCode())).count()
                        + events.stream().filter(r -> a.code().equals(r.targetCode())).count();
                assertEquals(n, a.events(), a.code());
                assertTrue(!a.firstSeen().isAfter(a.lastSeen()));
            }

            StanceReads stances = new StanceReads(pool);
            List<StanceReads.Cell> cells = stances.matrix(ALL, true);
            long stanceCount = new StatsReads(pool).stats().stances();
            assertEquals(stanceCount, cells.stream().mapToLong(c -> c.support() + c.oppose() + c.conditional() + c.undecided()).sum());
            StanceReads.Cell russia = stances.matrix(ALL, false).stream()
                    .filter(c -> c.holder().equals("RUSGOV") && c.issue().equals("ceasefire")).findFirst().orElseThrow();
            assertEquals("oppose", russia.latest(), "Lavrov rejected any ceasefire");
            Page<StanceReads.StanceItem> first = stances.page(ALL, 2, null);
            Page<StanceReads.StanceItem> second = stances.page(ALL, 2, first.next());
            assertFalse(first.items().contains(second.items().get(0)));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void changesCompareTheLastWeekWithTheFourBefore(String backend) {
        try (ReadPool pool = open(backend)) {
            ChangeReads.Changes c = new ChangeReads(pool).changes(ALL, null, 20);
            assertEquals(new StatsReads(pool).stats().lastEvent(), c.asOf());
            assertEquals(c.asOf().minusDays(6), c.recentFrom());
            assertFalse(c.dyads().isEmpty());
            for (ChangeReads.Move m : c.dyads()) {
                assertTrue(m.recent() > 0 || m.baselinePerWeek() > 0, m.toString());
            }
            for (ChangeReads.Flip f : c.flips()) {
                assertFalse(f.before().equals(f.now()));
                assertTrue(f.beforeDate().isBefore(c.recentFrom()) && !f.nowDate().isBefore(c.recentFrom()));
            }
        }
    }

    private static Filters filter(String actor, String cameo, String text) {
        return new Filters(actor, null, null, cameo, null, null, null, null, text, null);
    }

    private static boolean side(String code, String country, String party) {
        return code != null && code.startsWith(party) || party.equals(country);
    }
}
