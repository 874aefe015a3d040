package main

import "net/http"

func main() {
	http.HandleFunc("/orders", createOrder)
	http.ListenAndServe(":8080", nil)
}
