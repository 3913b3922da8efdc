/**
 * Storage and queries: the {@link org.parley.store.EventStore} interface and its JDBC
 * implementation for DuckDB (embedded default) and PostgreSQL.
 */
package org.parley.store;
