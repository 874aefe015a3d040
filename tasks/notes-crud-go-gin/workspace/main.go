// Command notes serves the notes API on 127.0.0.1:8000.
package main

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"
)

func main() {
	path := os.Getenv("NOTES_DATABASE")
	if path == "" {
		path = "notes.db"
	}
	db, err := openDatabase(path)
	if err != nil {
		log.Fatalf("opening %s: %v", path, err)
	}
	defer db.Close()
	gin.SetMode(gin.ReleaseMode)
	if err := newRouter(db).Run("127.0.0.1:8000"); err != nil {
		log.Fatal(err)
	}
}
