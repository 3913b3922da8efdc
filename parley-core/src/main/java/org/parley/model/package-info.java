/**
 * Immutable records passed between the stages: documents and parsed sentences, actors and
 * their mentions, events, quotes, stances, and the evidence that ties each fact to its
 * sentence and character offsets. Constructors check invariants and copy collections.
 */
package org.parley.model;
