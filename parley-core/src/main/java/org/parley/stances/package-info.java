/**
 * Where each actor stands on each issue: stances from position-taking events and stance
 * cues, with propositions normalized to shared issue keys.
 */
package org.parley.stances;
