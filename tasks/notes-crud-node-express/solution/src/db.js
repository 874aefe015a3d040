'use strict';

const path = require('path');
const sqlite3 = require('sqlite3');

const DEFAULT_FILE = path.join(__dirname, '..', 'notes.db');

const SCHEMA = `CREATE TABLE IF NOT EXISTS notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  done INTEGER NOT NULL DEFAULT 0
)`;

// Promise wrappers over sqlite3's callbacks; every value is a bound parameter.
function wrap(db) {
  const call = (method) => (sql, params = []) =>
    new Promise((resolve, reject) => {
      db[method](sql, params, function done(err, result) {
        if (err) reject(err);
        else resolve(method === 'run' ? { lastID: this.lastID, changes: this.changes } : result);
      });
    });
  return { run: call('run'), get: call('get'), all: call('all'), close: () => new Promise((r) => db.close(r)) };
}

// Opens (and creates, if missing) the SQLite database with its notes table.
async function openDatabase(file = process.env.NOTES_DATABASE || DEFAULT_FILE) {
  const raw = await new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
  const db = wrap(raw);
  await db.run(SCHEMA);
  return db;
}

module.exports = { openDatabase };
