/**
 * Who said what: direct quotes and reported speech with their cue and resolved speaker.
 * {@link org.parley.quotes.QuoteExtractor} finds the spans between quotation marks
 * ({@code QuotationMarks}), leaves out those that quote no one (definitions, titles, scare
 * quotes: {@code NonQuotes}) and attributes each ({@code DirectQuotes}), then finds reported
 * speech sentence by sentence ({@code ReportedSpeech}); both find speakers through
 * {@code SpeakerFinder} and their cues through {@code SpeechCues}. Word lists come from
 * {@code parley/words/quotes.tsv} through {@link org.parley.data.WordLists}, never from
 * constants here.
 */
package org.parley.quotes;
