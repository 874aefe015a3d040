package main

import (
	"database/sql"
	"encoding/json"
	"errors"
)

// Note is the API's note; its id is always the server's.
type Note struct {
	ID    int64    `json:"id"`
	Title string   `json:"title"`
	Body  string   `json:"body"`
	Tags  []string `json:"tags"`
	Done  bool     `json:"done"`
}

const noteColumns = "id, title, body, tags, done"

type scanner interface{ Scan(dest ...any) error }

func scanNote(row scanner) (Note, error) {
	var note Note
	var tags string
	if err := row.Scan(&note.ID, &note.Title, &note.Body, &tags, &note.Done); err != nil {
		return Note{}, err
	}
	return note, json.Unmarshal([]byte(tags), &note.Tags)
}

func tagsText(tags []string) string {
	text, _ := json.Marshal(tags) // a []string always marshals
	return string(text)
}

// listNotes returns the notes by id, only those with that done flag when done is not nil.
func listNotes(db *sql.DB, done *bool) ([]Note, error) {
	var rows *sql.Rows
	var err error
	if done == nil {
		rows, err = db.Query("SELECT " + noteColumns + " FROM notes ORDER BY id")
	} else {
		rows, err = db.Query("SELECT "+noteColumns+" FROM notes WHERE done = ? ORDER BY id", *done)
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	notes := []Note{}
	for rows.Next() {
		note, err := scanNote(rows)
		if err != nil {
			return nil, err
		}
		notes = append(notes, note)
	}
	return notes, rows.Err()
}

// getNote returns the note, or nil when there is none with that id.
func getNote(db *sql.DB, id int64) (*Note, error) {
	note, err := scanNote(db.QueryRow("SELECT "+noteColumns+" FROM notes WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &note, nil
}

func createNote(db *sql.DB, note Note) (*Note, error) {
	result, err := db.Exec("INSERT INTO notes (title, body, tags, done) VALUES (?, ?, ?, ?)",
		note.Title, note.Body, tagsText(note.Tags), note.Done)
	if err != nil {
		return nil, err
	}
	id, err := result.LastInsertId()
	if err != nil {
		return nil, err
	}
	return getNote(db, id)
}

// saveNote writes every field of note over the stored note with that id; nil when there is none.
func saveNote(db *sql.DB, id int64, note Note) (*Note, error) {
	result, err := db.Exec("UPDATE notes SET title = ?, body = ?, tags = ?, done = ? WHERE id = ?",
		note.Title, note.Body, tagsText(note.Tags), note.Done, id)
	if err != nil {
		return nil, err
	}
	if changed, err := result.RowsAffected(); err != nil || changed == 0 {
		return nil, err
	}
	return getNote(db, id)
}

// deleteNote reports whether there was a note with that id.
func deleteNote(db *sql.DB, id int64) (bool, error) {
	result, err := db.Exec("DELETE FROM notes WHERE id = ?", id)
	if err != nil {
		return false, err
	}
	deleted, err := result.RowsAffected()
	return deleted > 0, err
}
