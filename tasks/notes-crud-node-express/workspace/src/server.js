'use strict';

const { openDatabase } = require('./db');
const { createApp } = require('./app');

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT || 8000);

async function main() {
  const db = await openDatabase();
  createApp(db).listen(PORT, HOST, () => {
    console.log(`notes service on http://${HOST}:${PORT}`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
