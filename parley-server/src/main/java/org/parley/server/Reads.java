package org.parley.server;

import org.parley.store.read.ActorReads;
import org.parley.store.read.ChangeReads;
import org.parley.store.read.DocumentReads;
import org.parley.store.read.EventReads;
import org.parley.store.read.NetworkReads;
import org.parley.store.read.QuoteReads;
import org.parley.store.read.ReadPool;
import org.parley.store.read.StanceReads;
import org.parley.store.read.StatsReads;
import org.parley.store.read.TimelineReads;

/** The store's query classes over one pool of read connections. */
record Reads(EventReads events, QuoteReads quotes, StanceReads stances, ActorReads actors, DocumentReads documents,
             TimelineReads timeline, NetworkReads network, StatsReads stats, ChangeReads changes) {

    static Reads over(ReadPool pool) {
        return new Reads(new EventReads(pool), new QuoteReads(pool), new StanceReads(pool), new ActorReads(pool),
                new DocumentReads(pool), new TimelineReads(pool), new NetworkReads(pool), new StatsReads(pool),
                new ChangeReads(pool));
    }
}
