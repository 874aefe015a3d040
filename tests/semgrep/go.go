// Cases bdbench's Go rules must report (ruleid) and must not (ok); see
// tests/test_static_rules.py. The annotation names the rule expected on the next line.
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"text/template"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
)

var greeting = template.Must(template.New("greeting").Parse("<p>Hello {{.}}</p>"))

var sorts = map[string]string{"title": "title", "newest": "id DESC"}

type noteInput struct {
	Title string `json:"title"`
}

func ginRoutes(r *gin.Engine, db *sql.DB) {
	r.GET("/notes", func(c *gin.Context) {
		// ruleid: sql-from-request
		rows, _ := db.Query("SELECT id FROM notes WHERE done = " + c.Query("done"))
		defer rows.Close()
	})
	r.GET("/notes/search", func(c *gin.Context) {
		query := fmt.Sprintf("SELECT id FROM notes WHERE title LIKE '%%%s%%'", c.DefaultQuery("q", ""))
		// ruleid: sql-from-request
		rows, _ := db.Query(query)
		defer rows.Close()
	})
	r.DELETE("/notes/:id", func(c *gin.Context) {
		// ruleid: sql-from-request
		db.Exec(fmt.Sprintf("DELETE FROM notes WHERE id = %s", c.Param("id")))
	})
	r.POST("/notes", func(c *gin.Context) {
		var input noteInput
		if err := c.ShouldBindJSON(&input); err != nil {
			return
		}
		// ruleid: sql-from-request
		db.ExecContext(c, "INSERT INTO notes (title) VALUES ('"+input.Title+"')")
		// ok: sql-from-request
		db.Exec("INSERT INTO notes (title) VALUES (?)", input.Title)
	})
	r.GET("/notes/safe", func(c *gin.Context) {
		// ok: sql-from-request
		rows, _ := db.Query("SELECT id FROM notes WHERE done = ?", c.Query("done") == "true")
		defer rows.Close()
	})
	r.GET("/notes/limit", func(c *gin.Context) {
		limit, _ := strconv.Atoi(c.Query("limit"))
		// ok: sql-from-request
		rows, _ := db.Query(fmt.Sprintf("SELECT id FROM notes LIMIT %d", limit))
		defer rows.Close()
	})
	r.GET("/notes/sorted", func(c *gin.Context) {
		order, known := sorts[c.Query("sort")]
		if !known {
			order = "id"
		}
		// ok: sql-from-request
		rows, _ := db.Query("SELECT id FROM notes ORDER BY " + order)
		defer rows.Close()
	})
	r.GET("/ping", func(c *gin.Context) {
		// ruleid: shell-from-request
		out, _ := exec.Command("sh", "-c", "ping -c 1 "+c.Query("host")).Output()
		c.String(http.StatusOK, string(out))
	})
	r.GET("/ping/list", func(c *gin.Context) {
		// ok: shell-from-request
		out, _ := exec.Command("ping", "-c", "1", c.Query("host")).Output()
		c.String(http.StatusOK, string(out))
	})
	r.GET("/files/:name", func(c *gin.Context) {
		// ruleid: path-from-request
		c.File(filepath.Join("uploads", c.Param("name")))
	})
	r.GET("/files/base/:name", func(c *gin.Context) {
		// ok: path-from-request
		c.File(filepath.Join("uploads", filepath.Base(c.Param("name"))))
	})
	r.GET("/hello", func(c *gin.Context) {
		// ruleid: html-from-request
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>Hello "+c.Query("name")+"</p>"))
	})
	r.GET("/hello/escaped", func(c *gin.Context) {
		// ok: html-from-request
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>Hello "+html.EscapeString(c.Query("name"))+"</p>"))
	})
	r.GET("/greet", func(c *gin.Context) {
		// ruleid: html-from-request
		greeting.Execute(c.Writer, c.Query("name"))
		// ruleid: html-from-request
		c.Set("bio", template.HTML(c.PostForm("bio")))
	})
	r.GET("/hello/text", func(c *gin.Context) {
		// ok: html-from-request
		c.String(http.StatusOK, "Hello %s", c.Query("name"))
	})
}

func stdlibRoutes(router *mux.Router, db *sql.DB) {
	router.HandleFunc("/items/{id}", func(w http.ResponseWriter, r *http.Request) {
		// ruleid: sql-from-request
		row := db.QueryRow("SELECT name FROM items WHERE id = " + mux.Vars(r)["id"])
		var name string
		_ = row.Scan(&name)
		// ruleid: html-from-request
		fmt.Fprintf(w, "<h1>%s</h1>", r.URL.Query().Get("title"))
	})
	router.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		var input noteInput
		_ = json.NewDecoder(r.Body).Decode(&input)
		// ruleid: sql-from-request
		db.Exec("UPDATE items SET name = '" + input.Title + "'")
		// ok: sql-from-request
		db.Exec("UPDATE items SET name = ?", input.Title)
		// ruleid: path-from-request
		data, _ := os.ReadFile("/srv/files/" + r.FormValue("file"))
		// ok: html-from-request
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]int{"bytes": len(data)})
	})
	router.HandleFunc("/run", func(w http.ResponseWriter, r *http.Request) {
		// ruleid: shell-from-request
		cmd := exec.Command("/bin/bash", "-c", "tar czf /tmp/out.tgz "+r.URL.Query().Get("dir"))
		_ = cmd.Run()
		// ok: html-from-request
		fmt.Fprintln(w, "done")
	})
}
