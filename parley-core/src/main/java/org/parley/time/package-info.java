/** When events happen: dates from temporal words, relative to the publication date. */
package org.parley.time;
