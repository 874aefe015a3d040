"""The FastAPI application."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from filebox import uploads
from filebox.samples import write_samples


@asynccontextmanager
async def lifespan(_app: FastAPI):
    write_samples()
    yield


app = FastAPI(title="Filebox", lifespan=lifespan)
app.include_router(uploads.router)


@app.get("/health")
def health():
    return {"status": "ok"}
