package org.parley.coding;

import java.util.List;

import org.parley.model.Event;

/**
 * A step over all the events coded in one sentence: one that adds the events reported speech
 * makes, or one that drops events a convention says are not events of their own.
 */
interface SentenceStage {

    List<Event> apply(List<Event> events, SentenceContext ctx);
}
