/**
 * Who is acting: the knowledge base of countries, organisations, agent words and people with
 * dated roles; the resolver that codes a noun phrase on a date; and the mention finder that
 * applies it to parsed sentences with a light in-document coreference.
 */
package org.parley.actors;
