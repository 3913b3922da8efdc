/** The {@code parley} command line: picocli commands that assemble and run the pipeline. */
package org.parley.cli;
