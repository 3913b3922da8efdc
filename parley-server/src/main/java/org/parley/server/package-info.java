/**
 * {@code parley serve}: a Javalin server with one small handler per endpoint, the errors of
 * every handler mapped to {@code {"error", "detail"}} JSON in one place ({@link org.parley.server.ApiErrors}),
 * bearer-token writes, the OpenAPI description, and the dashboard's static files.
 */
package org.parley.server;
