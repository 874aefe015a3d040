package main

import (
	"database/sql"

	_ "github.com/mattn/go-sqlite3"
)

// Tags are kept as JSON text and done as 0/1.
const createNotesTable = `CREATE TABLE IF NOT EXISTS notes (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	title TEXT NOT NULL,
	body TEXT NOT NULL DEFAULT '',
	tags TEXT NOT NULL DEFAULT '[]',
	done INTEGER NOT NULL DEFAULT 0
)`

// openDatabase opens (and creates, if missing) the SQLite database at path, with its notes table.
func openDatabase(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		return nil, err
	}
	// One connection: SQLite allows one writer at a time, and ":memory:" is per connection.
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(createNotesTable); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
