/**
 * Storage and queries: the {@link org.parley.store.EventStore} interface and its JDBC
 * implementation for DuckDB (embedded default) and PostgreSQL.
 *
 * <ul>
 *   <li>Schema: {@code schema.sql} (a resource beside these classes) declares every table and
 *       column; {@link org.parley.store.StoreSchema} reads it, and
 *       {@link org.parley.store.SchemaMigrations} creates, upgrades ({@code migrations/N.sql})
 *       or refuses a store when it is opened.</li>
 *   <li>Connection: {@link org.parley.store.Database}, the one place that commits and rolls
 *       back ({@code inTransaction}).</li>
 *   <li>Writing: {@link org.parley.store.AnalysisWriter}.</li>
 *   <li>Reading: one {@code *Queries} class per kind of row, each built on
 *       {@link org.parley.store.Where} (bound filters), {@link org.parley.store.OrderBy} and
 *       {@link org.parley.store.Page} (limit and keyset cursor).</li>
 *   <li>{@link org.parley.store.JdbcEventStore} opens a store and hands each call to those.</li>
 * </ul>
 */
package org.parley.store;
