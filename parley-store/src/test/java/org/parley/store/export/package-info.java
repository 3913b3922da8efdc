/** Tests of the exports' formats. */
package org.parley.store.export;
