/**
 * Read side of the store for the server and the dashboard: shared {@link org.parley.store.read.Filters},
 * one {@link org.parley.store.read.Where} builder with bound parameters, keyset pages, and one
 * query class per kind of answer (events, quotes, stances, actors, documents, timeline, network,
 * stats). Connections come from a {@link org.parley.store.read.ReadPool}, so many requests read
 * at once.
 */
package org.parley.store.read;
