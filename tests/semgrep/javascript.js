// Cases bdbench's JavaScript rules must report (ruleid) and must not (ok); see
// tests/test_static_rules.py. The annotation names the rule expected on the next line.
const { exec, execFile } = require('child_process');
const childProcess = require('child_process');

const COLUMNS = 'id, title';
const SORTS = { title: 'title', newest: 'id DESC' };

function routes(app, db) {
  app.get('/notes', (req, res) => {
    // ruleid: sql-from-request
    db.all('SELECT * FROM notes WHERE done = ' + req.query.done, (err, rows) => res.json(rows));
  });

  app.get('/notes/search', async (req, res) => {
    const term = req.query.q;
    const sql = `SELECT ${COLUMNS} FROM notes WHERE title LIKE '%${term}%'`;
    // ruleid: sql-from-request
    res.json(await db.all(sql));
  });

  app.delete('/notes/:id', (req, res) => {
    // ruleid: sql-from-request
    db.run(`DELETE FROM notes WHERE id = ${req.params.id}`);
    res.status(204).end();
  });

  app.post('/notes', (req, res) => {
    const { title } = req.body;
    // ruleid: sql-from-request
    db.exec("INSERT INTO notes (title) VALUES ('" + title + "')");
    res.status(201).end();
  });

  app.get('/notes/one/:id', (req, res) => {
    // ruleid: sql-from-request
    db.get('SELECT * FROM notes WHERE id = ' + req.params.id, (err, row) => res.json(row));
  });

  app.get('/notes/safe', (req, res) => {
    // ok: sql-from-request
    db.all('SELECT * FROM notes WHERE done = ?', [req.query.done === 'true' ? 1 : 0], (e, rows) => res.json(rows));
  });

  app.get('/notes/safe/:id', (req, res) => {
    // ok: sql-from-request
    db.get(`SELECT ${COLUMNS} FROM notes WHERE id = ?`, [req.params.id], (e, row) => res.json(row));
  });

  app.get('/notes/limit', (req, res) => {
    const limit = Number(req.query.limit);
    // ok: sql-from-request
    db.all(`SELECT * FROM notes LIMIT ${limit}`, (e, rows) => res.json(rows));
  });

  app.get('/notes/sorted', (req, res) => {
    const order = SORTS[req.query.sort] || 'id';
    // ok: sql-from-request
    db.all(`SELECT * FROM notes ORDER BY ${order}`, (e, rows) => res.json(rows));
  });

  app.get('/notes/flag', (req, res) => {
    const done = req.query.done === 'true';
    // ok: sql-from-request
    db.all(`SELECT * FROM notes WHERE done = ${done ? 1 : 0}`, (e, rows) => res.json(rows));
  });

  app.get('/notes/store/:id', async (req, res) => {
    // ok: sql-from-request
    res.json(await app.locals.notes.get(req.params.id));
  });

  app.get('/ping', (req, res) => {
    // ruleid: shell-from-request
    exec('ping -c 1 ' + req.query.host, (err, out) => res.send(out));
  });

  app.get('/ping2', (req, res) => {
    // ruleid: shell-from-request
    childProcess.execSync(`ping -c 1 ${req.query.host}`);
    res.end();
  });

  app.get('/ping3', (req, res) => {
    // ok: shell-from-request
    execFile('ping', ['-c', '1', req.query.host], (err, out) => res.send(out));
  });

  app.get('/match', (req, res) => {
    // ok: shell-from-request
    res.json(/^[a-z]+$/.exec(req.query.word));
  });
}

module.exports = { routes };
