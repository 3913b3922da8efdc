/**
 * The first stage of the path of a fact: the world's formats in, documents out. Plain text,
 * HTML pages (jsoup, boilerplate removed, the article kept), RSS 1.0/2.0 and Atom feeds (one
 * document per item; a bad item fails alone) and JSON Lines, with charsets detected
 * ({@link org.parley.ingest.SourceText}) and files walked by {@link org.parley.ingest.ArticleFiles}.
 * Every cleaner returns a {@link org.parley.ingest.CleanText}: the text that is stored and
 * analyzed (so every span of the analysis points into it) and an
 * {@link org.parley.ingest.OffsetMap} from each of its characters back to the bytes of the
 * source file.
 */
package org.parley.ingest;
