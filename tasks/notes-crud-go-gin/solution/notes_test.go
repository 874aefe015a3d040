package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func call(t *testing.T, router *gin.Engine, method, path, body string) *httptest.ResponseRecorder {
	t.Helper()
	recorder := httptest.NewRecorder()
	request := httptest.NewRequest(method, path, strings.NewReader(body))
	request.Header.Set("Content-Type", "application/json")
	router.ServeHTTP(recorder, request)
	return recorder
}

func decodeNote(t *testing.T, recorder *httptest.ResponseRecorder) Note {
	t.Helper()
	var note Note
	require.NoError(t, json.Unmarshal(recorder.Body.Bytes(), &note), recorder.Body.String())
	return note
}

func TestCreateDefaultsAndIgnoresID(t *testing.T) {
	router := newTestRouter(t)
	created := call(t, router, "POST", "/notes", `{"title": "Buy milk", "id": 99}`)
	require.Equal(t, http.StatusCreated, created.Code, created.Body.String())
	note := decodeNote(t, created)
	assert.Equal(t, Note{ID: 1, Title: "Buy milk", Body: "", Tags: []string{}, Done: false}, note)
	assert.Equal(t, http.StatusOK, call(t, router, "GET", "/notes/1", "").Code)
	assert.Equal(t, http.StatusNotFound, call(t, router, "GET", "/notes/99", "").Code)
}

func TestInvalidBodiesAreRejected(t *testing.T) {
	router := newTestRouter(t)
	for _, body := range []string{``, `[]`, `null`, `{}`, `{"title": "  "}`, `{"title": 123}`,
		`{"title": "` + strings.Repeat("t", 201) + `"}`, `{"title": "ok", "done": "true"}`,
		`{"title": "ok", "body": null}`, `{"title": "ok", "tags": "a,b"}`} {
		assert.Equal(t, http.StatusUnprocessableEntity, call(t, router, "POST", "/notes", body).Code, body)
	}
	assert.Equal(t, "[]", call(t, router, "GET", "/notes", "").Body.String())
}

func TestReplacePatchDelete(t *testing.T) {
	router := newTestRouter(t)
	call(t, router, "POST", "/notes", `{"title": "Draft", "body": "text", "tags": ["a"], "done": true}`)
	replaced := decodeNote(t, call(t, router, "PUT", "/notes/1", `{"title": "Final"}`))
	assert.Equal(t, Note{ID: 1, Title: "Final", Body: "", Tags: []string{}, Done: false}, replaced)
	patched := decodeNote(t, call(t, router, "PATCH", "/notes/1", `{"done": true, "tags": ["b"]}`))
	assert.Equal(t, Note{ID: 1, Title: "Final", Body: "", Tags: []string{"b"}, Done: true}, patched)
	assert.Equal(t, http.StatusUnprocessableEntity, call(t, router, "PATCH", "/notes/1", `{"title": null}`).Code)
	assert.Equal(t, http.StatusNoContent, call(t, router, "DELETE", "/notes/1", "").Code)
	missing := call(t, router, "DELETE", "/notes/1", "")
	assert.Equal(t, http.StatusNotFound, missing.Code)
	assert.JSONEq(t, `{"detail": "Note not found"}`, missing.Body.String())
	assert.Equal(t, http.StatusUnprocessableEntity, call(t, router, "GET", "/notes/abc", "").Code)
}

func TestListFiltersOnDone(t *testing.T) {
	router := newTestRouter(t)
	call(t, router, "POST", "/notes", `{"title": "open"}`)
	call(t, router, "POST", "/notes", `{"title": "closed", "done": true}`)
	var done []Note
	require.NoError(t, json.Unmarshal(call(t, router, "GET", "/notes?done=true", "").Body.Bytes(), &done))
	require.Len(t, done, 1)
	assert.Equal(t, "closed", done[0].Title)
	assert.Equal(t, http.StatusUnprocessableEntity, call(t, router, "GET", "/notes?done=false%20OR%201=1", "").Code)
}
