/**
 * Reading Parley's own data files (tab-separated tables with a header and comments), with
 * errors that name the file and line.
 */
package org.parley.data;
