package org.parley.model;

/**
 * Where an event happened.
 *
 * @param name    place name as the gazetteer knows it
 * @param country ISO3 code, or null
 * @param lat     latitude, or null when only the country is known
 * @param lon     longitude, or null
 * @param span    the mention in the text that gave the place
 * @param how     {@code clause} (named in the event's clause), {@code coreference} (from another
 *                mention of the same event), or {@code dateline}
 */
public record Location(String name, String country, Double lat, Double lon, Span span, String how) {
}
