/** Test fixtures: stores filled from stored parses of our own articles, on DuckDB and PostgreSQL. */
package org.parley.store.testing;
