/**
 * The merged events as the field's tools read them: {@link org.parley.store.export.ExportQueries}
 * reads each event with what its mentions add (articles, sources, first URL, when it was added,
 * the actors' names); {@link org.parley.store.export.GdeltFormat} writes a GDELT 2.0 event-table
 * row and {@link org.parley.store.export.PloverFormat} a PLOVER/POLECAT-style record;
 * {@link org.parley.store.export.FipsCountries} maps ISO3 countries to GDELT's FIPS 10-4 codes.
 */
package org.parley.store.export;
