/** Test helpers shared with the other modules through parley-core's test jar. */
package org.parley.testing;
