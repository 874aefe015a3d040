"""Every error leaves the API as JSON: {"detail": ...}."""

from flask import Flask
from werkzeug.exceptions import HTTPException


class ValidationError(Exception):
    """A request body that breaks the rules; answered with 400 and the list of problems."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def init_app(app: Flask) -> None:
    @app.errorhandler(ValidationError)
    def _invalid(error: ValidationError):
        return {"detail": error.problems}, 400

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        return {"detail": error.description}, error.code
