package main

import (
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWarm(t *testing.T) {
	recorder := httptest.NewRecorder()
	require.NotNil(t, recorder)
	assert.Equal(t, 200, recorder.Code)
}
