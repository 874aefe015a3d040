package main

import (
	"database/sql"
	"io"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

var errNoteNotFound = gin.H{"detail": "Note not found"}

// newRouter builds the HTTP API over the database.
func newRouter(db *sql.DB) *gin.Engine {
	router := gin.New()
	router.Use(gin.Recovery())
	router.NoRoute(func(c *gin.Context) { c.JSON(http.StatusNotFound, gin.H{"detail": "Not Found"}) })
	router.GET("/health", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"status": "ok"})
	})
	notes := notesHandlers{db}
	router.GET("/notes", notes.list)
	router.POST("/notes", notes.create)
	router.GET("/notes/:id", notes.get)
	router.PUT("/notes/:id", notes.replace)
	router.PATCH("/notes/:id", notes.patch)
	router.DELETE("/notes/:id", notes.remove)
	return router
}

type notesHandlers struct{ db *sql.DB }

func (h notesHandlers) list(c *gin.Context) {
	var done *bool
	if text, given := c.GetQuery("done"); given {
		if text != "true" && text != "false" {
			c.JSON(http.StatusUnprocessableEntity, gin.H{"detail": invalidQuery("done", "must be true or false")})
			return
		}
		value := text == "true"
		done = &value
	}
	notes, err := listNotes(h.db, done)
	respond(c, http.StatusOK, notes, err)
}

func (h notesHandlers) create(c *gin.Context) {
	note, errs := newNoteFrom(readBody(c))
	if errs != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"detail": errs})
		return
	}
	created, err := createNote(h.db, note)
	respond(c, http.StatusCreated, created, err)
}

func (h notesHandlers) get(c *gin.Context) {
	if id, ok := noteID(c); ok {
		note, err := getNote(h.db, id)
		respondNote(c, note, err)
	}
}

func (h notesHandlers) replace(c *gin.Context) {
	id, ok := noteID(c)
	if !ok {
		return
	}
	note, errs := newNoteFrom(readBody(c))
	if errs != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"detail": errs})
		return
	}
	saved, err := saveNote(h.db, id, note)
	respondNote(c, saved, err)
}

func (h notesHandlers) patch(c *gin.Context) {
	id, ok := noteID(c)
	if !ok {
		return
	}
	body := readBody(c)
	stored, err := getNote(h.db, id)
	if err != nil || stored == nil {
		respondNote(c, stored, err)
		return
	}
	if errs := applyFields(stored, body, false); errs != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"detail": errs})
		return
	}
	saved, err := saveNote(h.db, id, *stored)
	respondNote(c, saved, err)
}

func (h notesHandlers) remove(c *gin.Context) {
	id, ok := noteID(c)
	if !ok {
		return
	}
	deleted, err := deleteNote(h.db, id)
	switch {
	case err != nil:
		respond(c, 0, nil, err)
	case !deleted:
		c.JSON(http.StatusNotFound, errNoteNotFound)
	default:
		c.Status(http.StatusNoContent)
	}
}

// noteID is the :id path parameter; a non-integer id is answered with 422.
func noteID(c *gin.Context) (int64, bool) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"detail": []fieldError{{Loc: []string{"path", "id"}, Msg: "must be an integer"}}})
		return 0, false
	}
	return id, true
}

func invalidQuery(name, message string) []fieldError {
	return []fieldError{{Loc: []string{"query", name}, Msg: message}}
}

// readBody is the request body; an unreadable one is empty, which no handler accepts.
func readBody(c *gin.Context) []byte {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		return nil
	}
	return body
}

func respondNote(c *gin.Context, note *Note, err error) {
	if err == nil && note == nil {
		c.JSON(http.StatusNotFound, errNoteNotFound)
		return
	}
	respond(c, http.StatusOK, note, err)
}

func respond(c *gin.Context, status int, value any, err error) {
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"detail": "Internal Server Error"})
		return
	}
	c.JSON(status, value)
}
