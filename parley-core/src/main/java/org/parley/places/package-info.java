/** Where events happen: a gazetteer of populated places and countries with coordinates. */
package org.parley.places;
