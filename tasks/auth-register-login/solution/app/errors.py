"""JSON error responses: {"error": "<message>"}."""

from flask import Flask, jsonify
from werkzeug.exceptions import RequestEntityTooLarge


def error(status: int, message: str):
    return jsonify(error=message), status


def init_app(app: Flask) -> None:
    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_err):
        return error(413, "request body too large")
