'use strict';

// Notes in SQLite. Rows keep tags as JSON text and done as 0/1.
const COLUMNS = 'id, title, body, tags, done';

function toNote(row) {
  return { id: row.id, title: row.title, body: row.body, tags: JSON.parse(row.tags), done: row.done === 1 };
}

function createNotesStore(db) {
  return {
    async list(done) {
      const rows = done === undefined
        ? await db.all(`SELECT ${COLUMNS} FROM notes ORDER BY id`)
        : await db.all(`SELECT ${COLUMNS} FROM notes WHERE done = ? ORDER BY id`, [done ? 1 : 0]);
      return rows.map(toNote);
    },

    async get(id) {
      const row = await db.get(`SELECT ${COLUMNS} FROM notes WHERE id = ?`, [id]);
      return row ? toNote(row) : null;
    },

    async create(note) {
      const { lastID } = await db.run(
        'INSERT INTO notes (title, body, tags, done) VALUES (?, ?, ?, ?)',
        [note.title, note.body, JSON.stringify(note.tags), note.done ? 1 : 0],
      );
      return this.get(lastID);
    },

    // Writes every field of `note` over the stored one; null when there is no such note.
    async update(id, note) {
      const { changes } = await db.run(
        'UPDATE notes SET title = ?, body = ?, tags = ?, done = ? WHERE id = ?',
        [note.title, note.body, JSON.stringify(note.tags), note.done ? 1 : 0, id],
      );
      return changes ? this.get(id) : null;
    },

    async remove(id) {
      const { changes } = await db.run('DELETE FROM notes WHERE id = ?', [id]);
      return changes > 0;
    },
  };
}

module.exports = { createNotesStore };
