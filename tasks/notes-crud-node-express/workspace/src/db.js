'use strict';

const path = require('path');
const sqlite3 = require('sqlite3');

const DEFAULT_FILE = path.join(__dirname, '..', 'notes.db');

// Opens (and creates, if missing) the SQLite database. TODO: create the notes table.
function openDatabase(file = process.env.NOTES_DATABASE || DEFAULT_FILE) {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}

module.exports = { openDatabase };
