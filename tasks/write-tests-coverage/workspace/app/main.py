"""The FastAPI application: thin routes over the billing package."""

import os
from dataclasses import asdict
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.schemas import InvoiceRequest, QuoteRequest
from billing.catalog import PRODUCTS
from billing.errors import BillingError
from billing.invoices import InvoiceStore
from billing.pricing import Quote, price_quote

PROJECT_DIR = Path(__file__).resolve().parent.parent
DB_PATH = os.environ.get("BILLING_DB", str(PROJECT_DIR / "billing.db"))
ERROR_STATUS = {"unknown_invoice": 404, "invalid_status": 409}

app = FastAPI(title="Billing")
store = InvoiceStore(DB_PATH)


@app.exception_handler(BillingError)
def billing_error(_request: Request, error: BillingError) -> JSONResponse:
    return JSONResponse({"error": error.code, "message": error.message},
                        status_code=ERROR_STATUS.get(error.code, 400))


def quote_for(body: QuoteRequest) -> Quote:
    return price_quote([(line.sku, line.quantity) for line in body.lines], region=body.region,
                       tier=body.tier, coupon_code=body.coupon, shipping=body.shipping)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.get("/products")
def products() -> list[dict]:
    return [asdict(product) for product in PRODUCTS.values()]


@app.post("/quotes")
def create_quote(body: QuoteRequest) -> dict:
    return asdict(quote_for(body))


@app.post("/invoices", status_code=201)
def create_invoice(body: InvoiceRequest) -> dict:
    return store.issue(body.customer_id, quote_for(body), date.today())


@app.get("/invoices")
def list_invoices(customer_id: str, limit: int = 20) -> list[dict]:
    return store.list_for_customer(customer_id, limit)


@app.get("/invoices/{number}")
def get_invoice(number: str) -> dict:
    return store.get(number)


@app.post("/invoices/{number}/pay")
def pay_invoice(number: str) -> dict:
    return store.pay(number)


@app.post("/invoices/{number}/void")
def void_invoice(number: str) -> dict:
    return store.void(number)
