"""The FastAPI application."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from filebox import documents, export, uploads
from filebox.samples import write_samples


@asynccontextmanager
async def lifespan(_app: FastAPI):
    write_samples()
    yield


app = FastAPI(title="Filebox", lifespan=lifespan)
app.include_router(uploads.router)
app.include_router(documents.router)
app.include_router(export.router)


@app.get("/health")
def health():
    return {"status": "ok"}
