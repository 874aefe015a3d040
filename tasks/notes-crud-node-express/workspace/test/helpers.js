'use strict';

const { openDatabase } = require('../src/db');
const { createApp } = require('../src/app');

// The app on an in-memory database, listening on a free port; call close() when done.
async function startTestServer() {
  const db = await openDatabase(':memory:');
  const server = createApp(db).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((resolve) => server.close(() => db.close(resolve)));
  return { url, close };
}

module.exports = { startTestServer };
