/**
 * The one pipeline that runs the path of a fact (annotate, actors, coding, quotes, stances),
 * assembled from components loaded once and shared by every caller.
 */
package org.parley.pipeline;
