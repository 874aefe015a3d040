'use strict';

const express = require('express');
const { createNotesStore } = require('./notes-store');
const { validateNote, validatePatch } = require('./validation');

const NOT_FOUND = { detail: 'Note not found' };
const invalid = (res, errors) => res.status(422).json({ detail: errors });

function createApp(db) {
  const notes = createNotesStore(db);
  const app = express();
  app.use(express.json());

  app.get('/health', (req, res) => {
    res.json({ status: 'ok' });
  });

  // Resolves :id: 422 when it is no integer; null (so 404) when it is too large to be stored.
  app.param('id', (req, res, next, text) => {
    if (!/^\d+$/.test(text)) return invalid(res, [{ loc: ['path', 'id'], msg: 'must be an integer' }]);
    req.noteId = Number.isSafeInteger(Number(text)) ? Number(text) : null;
    return next();
  });

  const route = (handler) => (req, res, next) => handler(req, res).catch(next);

  app.post('/notes', route(async (req, res) => {
    const { note, errors } = validateNote(req.body);
    if (errors) return invalid(res, errors);
    return res.status(201).json(await notes.create(note));
  }));

  app.get('/notes', route(async (req, res) => {
    const { done } = req.query;
    if (done !== undefined && done !== 'true' && done !== 'false') {
      return invalid(res, [{ loc: ['query', 'done'], msg: 'must be true or false' }]);
    }
    return res.json(await notes.list(done === undefined ? undefined : done === 'true'));
  }));

  app.get('/notes/:id', route(async (req, res) => {
    const note = req.noteId === null ? null : await notes.get(req.noteId);
    return note ? res.json(note) : res.status(404).json(NOT_FOUND);
  }));

  app.put('/notes/:id', route(async (req, res) => {
    const { note, errors } = validateNote(req.body);
    if (errors) return invalid(res, errors);
    const updated = req.noteId === null ? null : await notes.update(req.noteId, note);
    return updated ? res.json(updated) : res.status(404).json(NOT_FOUND);
  }));

  app.patch('/notes/:id', route(async (req, res) => {
    const { changes, errors } = validatePatch(req.body);
    if (errors) return invalid(res, errors);
    const current = req.noteId === null ? null : await notes.get(req.noteId);
    if (!current) return res.status(404).json(NOT_FOUND);
    return res.json(await notes.update(req.noteId, { ...current, ...changes }));
  }));

  app.delete('/notes/:id', route(async (req, res) => {
    const removed = req.noteId !== null && await notes.remove(req.noteId);
    return removed ? res.status(204).end() : res.status(404).json(NOT_FOUND);
  }));

  app.use((req, res) => res.status(404).json({ detail: 'Not Found' }));

  // Body-parser errors: malformed JSON is a validation error, too large keeps its 413.
  app.use((err, req, res, next) => {
    if (err.type === 'entity.parse.failed') return invalid(res, [{ loc: ['body'], msg: 'is not valid JSON' }]);
    if (err.status && err.status < 500) return res.status(err.status).json({ detail: err.message });
    console.error(err);
    return res.status(500).json({ detail: 'Internal Server Error' });
  });

  return app;
}

module.exports = { createApp };
