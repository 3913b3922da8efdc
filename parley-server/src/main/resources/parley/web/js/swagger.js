// Swagger UI on this server's own OpenAPI description.
window.ui = SwaggerUIBundle({url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true});
