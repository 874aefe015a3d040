"""The FastAPI application."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from inventory import models  # noqa: F401  (registers the tables before init_db)
from inventory.db import init_db
from inventory.products import router as products_router


@asynccontextmanager
async def lifespan(_app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Inventory", lifespan=lifespan)
app.include_router(products_router)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
