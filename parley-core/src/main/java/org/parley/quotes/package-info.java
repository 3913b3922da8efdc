/** Who said what: direct quotes and reported speech with their cue and resolved speaker. */
package org.parley.quotes;
