/**
 * Event coding: the lexicon of predicate patterns and the coder that applies it over the
 * dependency parse to produce CAMEO/PLOVER-coded events with evidence.
 */
package org.parley.coding;
