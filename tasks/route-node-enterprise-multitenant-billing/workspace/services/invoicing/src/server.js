const fastify = require("fastify")();
fastify.get("/invoices", async () => []);
fastify.listen({ port: 4100 });
