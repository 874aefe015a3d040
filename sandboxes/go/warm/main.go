// Package main imports every Go library the stack ships, so that building, vetting and testing
// it at image build time fills the prepared build cache with all of them.
package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt"
	"github.com/gorilla/mux"
	_ "github.com/mattn/go-sqlite3"
	"golang.org/x/crypto/bcrypt"
)

func main() {
	db, _ := sql.Open("sqlite3", ":memory:")
	defer db.Close()
	hash, _ := bcrypt.GenerateFromPassword([]byte("warm"), bcrypt.MinCost)
	_, _ = jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"h": string(hash)}).SignedString([]byte("k"))
	router := mux.NewRouter()
	engine := gin.New()
	engine.GET("/", func(c *gin.Context) { c.Status(http.StatusOK) })
	router.Handle("/", engine)
}
