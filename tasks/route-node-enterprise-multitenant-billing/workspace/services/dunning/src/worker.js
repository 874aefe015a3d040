const { Worker } = require("bullmq");
new Worker("dunning", async (job) => job.data);
