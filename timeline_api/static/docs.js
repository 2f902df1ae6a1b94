// Swagger UI over this server's own contract; "Try it out" calls the same origin.
window.ui = SwaggerUIBundle({
  url: "/openapi.yaml",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,          // no badge fetched from another host
  tryItOutEnabled: true,
  defaultModelsExpandDepth: 0,
});
