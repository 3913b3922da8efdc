/** The JSON output contract for analyses, shared by the CLI, the server and exports. */
package org.parley.output;
