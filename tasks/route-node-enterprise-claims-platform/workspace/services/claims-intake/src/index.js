const express = require("express");
const app = express();
app.post("/claims", (req, res) => res.status(201).json({}));
app.listen(3001);
