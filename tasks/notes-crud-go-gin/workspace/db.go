package main

import (
	"database/sql"

	_ "github.com/mattn/go-sqlite3"
)

// openDatabase opens (and creates, if missing) the SQLite database at path.
// TODO: create the notes table.
func openDatabase(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		return nil, err
	}
	// One connection: SQLite allows one writer at a time, and ":memory:" is per connection.
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
