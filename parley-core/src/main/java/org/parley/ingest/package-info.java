/**
 * The first stage of the path of a fact: markup in, clean article text out. Feeds (RSS 2.0,
 * RSS 1.0, Atom) become one document per item; HTML pages lose their boilerplate. Every
 * cleaner returns a {@link org.parley.ingest.CleanText}: the text that is stored and analyzed
 * (so every span of the analysis points into it) and an {@link org.parley.ingest.OffsetMap}
 * from each of its characters back to the markup it came from.
 *
 * <p>Only the JDK is used: StAX for XML, with DTDs and external entities off, and a small
 * tolerant HTML scanner of our own, so the server and batch adapters can ingest the same way.
 */
package org.parley.ingest;
