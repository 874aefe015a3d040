const express = require("express");
const app = express();
app.patch("/claims/:id", (req, res) => res.json({}));
app.listen(3002);
