const express = require("express");
const app = express();
app.use(express.json());
const notes = [];
app.get("/notes", (req, res) => res.json(notes));
app.post("/notes", (req, res) => { notes.push(req.body); res.status(201).json(req.body); });
module.exports = app;
if (require.main === module) app.listen(3000);
