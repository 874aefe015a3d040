"""The FastAPI application."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import models  # noqa: F401  (registers the tables before init_db)
from app.db import SessionLocal, init_db
from app.routers import documents, users
from app.seed import seed


@asynccontextmanager
async def lifespan(_app: FastAPI):
    init_db()
    with SessionLocal() as session:
        seed(session)
    yield


app = FastAPI(title="Documents", lifespan=lifespan)
app.include_router(documents.router)
app.include_router(users.router)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
