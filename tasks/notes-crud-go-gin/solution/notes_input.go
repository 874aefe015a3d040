package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

const titleMaxChars = 200

// fieldError is one invalid field, reported as {"loc": ["body", field], "msg": ...}.
type fieldError struct {
	Loc []string `json:"loc"`
	Msg string   `json:"msg"`
}

func invalid(field, message string) []fieldError {
	return []fieldError{{Loc: []string{"body", field}, Msg: message}}
}

// decodeField decodes one JSON value strictly: null is never a value, and encoding/json does
// not coerce ("true" is not a bool, 1 is not a string).
func decodeField(fields map[string]json.RawMessage, name string, target any) (present bool, errs []fieldError) {
	raw, present := fields[name]
	if !present {
		return false, nil
	}
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) || json.Unmarshal(raw, target) != nil {
		return true, invalid(name, fmt.Sprintf("must be a %T", target))
	}
	return true, nil
}

// applyFields sets on note each known field present in body; other fields (an "id" among
// them) are ignored. With requireTitle, a missing title is an error (POST and PUT).
func applyFields(note *Note, body []byte, requireTitle bool) []fieldError {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		return invalid("", "must be a JSON object")
	}
	var errs []fieldError
	hasTitle, titleErrs := decodeField(fields, "title", &note.Title)
	errs = append(errs, titleErrs...)
	if hasTitle && titleErrs == nil {
		if strings.TrimSpace(note.Title) == "" || utf8.RuneCountInString(note.Title) > titleMaxChars {
			errs = append(errs, invalid("title", "must be a non-blank string of 1 to 200 characters")...)
		}
	} else if !hasTitle && requireTitle {
		errs = append(errs, invalid("title", "is required")...)
	}
	_, bodyErrs := decodeField(fields, "body", &note.Body)
	_, tagsErrs := decodeField(fields, "tags", &note.Tags)
	_, doneErrs := decodeField(fields, "done", &note.Done)
	return append(append(append(errs, bodyErrs...), tagsErrs...), doneErrs...)
}

// newNoteFrom is a POST or PUT body as a note: title required, the optional fields defaulted.
func newNoteFrom(body []byte) (Note, []fieldError) {
	note := Note{Tags: []string{}}
	errs := applyFields(&note, body, true)
	return note, errs
}
