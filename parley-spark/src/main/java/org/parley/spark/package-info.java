/**
 * Parley on Spark: {@link org.parley.spark.AnalyzeJob} runs the one {@code Pipeline} over an
 * archive of articles (JSONL or Parquet on any Hadoop filesystem), one pipeline per executor
 * JVM, and writes the store's tables as Parquet partitioned by month ({@link org.parley.spark.RowSchema}),
 * events merged across articles in Spark. Spark itself is provided by the cluster; this module
 * is only an adapter around core, nlp, ingest and the store's schema.
 */
package org.parley.spark;
