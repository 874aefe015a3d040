"""The FastAPI application."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import models  # noqa: F401  (registers the tables before init_db)
from app.db import init_db
from app.notes import router as notes_router


@asynccontextmanager
async def lifespan(_app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Notes", lifespan=lifespan)
app.include_router(notes_router)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
