"""The FastAPI application."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import models  # noqa: F401  (registers the tables before init_db)
from app.db import init_db


@asynccontextmanager
async def lifespan(_app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Notes", lifespan=lifespan)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
