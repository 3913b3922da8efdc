/**
 * The event ontology: CAMEO codes, names, Goldstein scores, quad classes and the CAMEO to
 * PLOVER mapping, read from {@code parley/ontology/cameo.tsv}.
 */
package org.parley.ontology;
