package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

// newRouter builds the HTTP API over the database.
func newRouter(db *sql.DB) *gin.Engine {
	router := gin.New()
	router.Use(gin.Recovery())
	router.GET("/health", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"status": "ok"})
	})
	return router
}
